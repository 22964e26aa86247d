"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { changePlacementStatus } from "./change-placement-status";
import { createPlacement } from "./create-placement";
import { recordCheckIn } from "./record-check-in";
import { toDateInput, toWibDateTimeInput } from "./dates";
import { isPlacementRefusal, PlacementRefusal } from "./refusals";
import { changePlacementStatusSchema, createPlacementSchema, recordCheckInSchema, updatePlacementSchema, updateRequirementSchema } from "./schemas";
import { updatePlacement } from "./update-placement";
import { updateRequirement } from "./update-requirement";

type Outcome<R> = { ok: true; value: R } | { ok: false; state: FormState };

/**
 * Refusals whose messages live in the placements catalog (formAction knows common.errors
 * only): "_form" becomes the form's message, any other field that field's message.
 */
async function refusingAsPlacement<R>(input: Record<string, unknown>, work: () => Promise<R>): Promise<Outcome<R>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (!isPlacementRefusal(error)) throw error;
    const t = await getTranslations("placements");
    const tc = await getTranslations("common");
    const params = error instanceof PlacementRefusal ? error.params : {};
    const words = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, k === "from" || k === "to" ? t(`status.${v}`) : v]));
    const message = t(`refusals.${error.messageKey}`, words);
    const values = formValues(input);
    if (error.field === "_form") return { ok: false, state: { status: "error", message, values } };
    return { ok: false, state: { status: "error", message: tc("errors.checkFields"), fieldErrors: { [error.field]: message }, values } };
  }
}

/** The parsed input as the form's fields again, so a refused form shows what was typed. */
function formValues(input: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v instanceof Date) out[k] = k === "contactedAt" ? toWibDateTimeInput(v) : toDateInput(v);
    else if (typeof v === "boolean") out[k] = v ? "on" : "";
    else out[k] = v == null ? "" : String(v);
  }
  return out;
}

const toState = <R>(outcome: Outcome<R>): FormState => (outcome.ok ? { status: "ok" } : outcome.state);
const revalidateRegistry = () => revalidatePath("/registry", "layout");

export const createPlacementAction = formAction({
  permission: "placement:write",
  schema: createPlacementSchema,
  run: (input, { actor, ip }) => refusingAsPlacement(input, () => createPlacement(actor, input, { ip })),
  onSuccess: (outcome) => {
    if (!outcome.ok) return;
    revalidateRegistry();
    redirect(`/registry/placements/${outcome.value.id}?done=created`);
  },
  toState,
});

export const updatePlacementAction = formAction({
  permission: "placement:write",
  schema: updatePlacementSchema,
  run: (input, { actor, ip }) => refusingAsPlacement(input, () => updatePlacement(actor, input, { ip })),
  onSuccess: (outcome, input) => {
    if (!outcome.ok) return;
    revalidateRegistry();
    redirect(`/registry/placements/${input.id}?done=saved`);
  },
  toState,
});

// Organizers may change most statuses; verifying is refused by the data function
// (placement:verify) with the "not allowed" message.
export const changePlacementStatusAction = formAction({
  permission: "placement:write",
  schema: changePlacementStatusSchema,
  run: (input, { actor, ip }) => refusingAsPlacement(input, () => changePlacementStatus(actor, input, { ip })),
  onSuccess: (outcome, input) => {
    if (!outcome.ok) return;
    revalidateRegistry();
    redirect(`/registry/placements/${input.id}?done=status`);
  },
  toState,
});

/** One checklist item: answers in place (the page re-renders with the new progress). */
export const updateRequirementAction = formAction({
  permission: "placement:write",
  schema: updateRequirementSchema,
  run: (input, { actor, ip }) => refusingAsPlacement(input, () => updateRequirement(actor, input, { ip })),
  onSuccess: (outcome) => {
    if (outcome.ok) revalidateRegistry();
  },
  toState,
});

export const recordCheckInAction = formAction({
  permission: "checkin:write",
  schema: recordCheckInSchema,
  run: (input, { actor, ip }) => refusingAsPlacement(input, () => recordCheckIn(actor, input, { ip })),
  onSuccess: (outcome, input) => {
    if (!outcome.ok) return;
    revalidateRegistry();
    redirect(`/registry/placements/${input.placementId}?done=checkIn#check-ins`);
  },
  toState,
});
