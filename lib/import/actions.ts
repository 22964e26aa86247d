"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { checkbox } from "@/lib/validation/fields";
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from "./fields";
import { cancelImport, confirmImport, reopenImportMapping, setImportMapping, type ConfirmOutcome, type MappingOutcome } from "./import-operations";

// The import pages' forms. Each answers with a redirect to the import's page, which shows
// the next stage; refusals come back as form messages from the import catalog.

const id = z.uuid("invalidFormat");
const column = z
  .string()
  .regex(/^\d{0,4}$/, "invalidChoice")
  .optional()
  .transform((v) => (v ? Number(v) : null));

const mappingSchema = z.object({ id, ...(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, column])) as Record<ImportField, typeof column>) });
const idSchema = z.object({ id });
const confirmSchema = z.object({ id, confirm: checkbox(), skipErrors: checkbox() });

const pageOf = (importId: string) => `/registry/import/${importId}`;

async function mappingRefusal(outcome: Exclude<MappingOutcome, { ok: true }>): Promise<FormState> {
  const t = await getTranslations("import.mapping");
  const tc = await getTranslations("common");
  if ("busy" in outcome) return { status: "error", message: t("busy") };
  const fieldErrors: Record<string, string> = {};
  for (const p of outcome.problems) fieldErrors[p.field] ??= t(`problems.${p.problem}`);
  return { status: "error", message: tc("errors.checkFields"), fieldErrors };
}

/** Saves the column mapping and starts checking the rows; the page then shows the progress. */
export const saveImportMappingAction = formAction({
  permission: "registry:import",
  schema: mappingSchema,
  run: async (input, { actor }) => {
    const { id: importId, ...columns } = input;
    const outcome = await setImportMapping(actor, importId, columns as ColumnMapping);
    return outcome.ok ? outcome : { ok: false as const, state: await mappingRefusal(outcome) };
  },
  onSuccess: (outcome, input) => {
    if (outcome.ok) redirect(pageOf(input.id));
  },
  toState: (outcome) => ("state" in outcome ? outcome.state : { status: "ok" }),
});

async function confirmRefusal(reason: Exclude<ConfirmOutcome, { ok: true }>["reason"] | "confirmRequired"): Promise<FormState> {
  const t = await getTranslations("import.confirm.refusals");
  return reason === "confirmRequired"
    ? { status: "error", message: t(reason), fieldErrors: { confirm: t(reason) } }
    : { status: "error", message: t(reason) };
}

/** Starts the commit, once the user ticked "I have checked" (and chose to skip the bad rows). */
export const confirmImportAction = formAction({
  permission: "registry:import",
  schema: confirmSchema,
  run: async (input, { actor, ip }) => {
    if (!input.confirm) return { ok: false as const, state: await confirmRefusal("confirmRequired") };
    const outcome = await confirmImport(actor, input.id, { skipErrors: input.skipErrors, ip });
    return outcome.ok ? outcome : { ok: false as const, state: await confirmRefusal(outcome.reason) };
  },
  onSuccess: (outcome, input) => {
    if (outcome.ok) redirect(pageOf(input.id));
  },
  toState: (outcome) => ("state" in outcome ? outcome.state : { status: "ok" }),
});

/** Back from the preview (or a failure) to the mapping form. */
export const reopenImportMappingAction = formAction({
  permission: "registry:import",
  schema: idSchema,
  run: (input, { actor }) => reopenImportMapping(actor, input.id),
  onSuccess: (_ok, input) => redirect(pageOf(input.id)),
});

/** Checks the file again with the same mapping (after "the registry changed"). */
export const recheckImportAction = formAction({
  permission: "registry:import",
  schema: idSchema,
  run: async (input, { actor }) => {
    const { getImport } = await import("./import-operations");
    const status = await getImport(actor, input.id);
    return status.mapping ? setImportMapping(actor, input.id, status.mapping) : { ok: false as const, busy: true as const };
  },
  onSuccess: (_outcome, input) => redirect(pageOf(input.id)),
});

/** Throws the import away (the uploaded file holds personal data). */
export const cancelImportAction = formAction({
  permission: "registry:import",
  schema: idSchema,
  run: (input, { actor }) => cancelImport(actor, input.id),
  onSuccess: () => {
    revalidatePath("/registry/import");
    redirect("/registry/import");
  },
});
