"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { addChecklistItem, updateChecklistItem } from "./edit-checklist-template";
import { addChecklistItemSchema, startDepartureChecksSchema, updateChecklistItemSchema, updateDepartureCheckSchema } from "./schemas";
import { startDepartureChecks } from "./start-departure-checks";
import { updateDepartureCheck } from "./update-departure-check";

const verificationPath = (placementId: string) => `/registry/placements/${placementId}/verification`;
const TEMPLATE_PATH = "/perdes/checklist-template";

export const startDepartureChecksAction = formAction({
  permission: "departure-check:write",
  schema: startDepartureChecksSchema,
  run: (input, { actor, ip }) => startDepartureChecks(actor, input, { ip }),
  onSuccess: (result) => {
    revalidatePath(`/registry/placements/${result.placementId}`, "layout");
    redirect(`${verificationPath(result.placementId)}?done=started`);
  },
});

/** One check: answers in place (the page re-renders with the new progress). */
export const updateDepartureCheckAction = formAction({
  permission: "departure-check:write",
  schema: updateDepartureCheckSchema,
  run: (input, { actor, ip }) => updateDepartureCheck(actor, input, { ip }),
  onSuccess: (result) => revalidatePath(`/registry/placements/${result.placementId}`, "layout"),
  toState: (result) => ({ status: "ok", data: { status: result.status, failedOnLicence: result.failedOnLicence } }),
});

export const updateChecklistItemAction = formAction({
  permission: "checklist-template:write",
  schema: updateChecklistItemSchema,
  run: (input, { actor, ip }) => updateChecklistItem(actor, input, { ip }),
  onSuccess: () => revalidatePath(TEMPLATE_PATH),
});

export const addChecklistItemAction = formAction({
  permission: "checklist-template:write",
  schema: addChecklistItemSchema,
  run: (input, { actor, ip }) => addChecklistItem(actor, input, { ip }),
  onSuccess: () => {
    revalidatePath(TEMPLATE_PATH);
    redirect(`${TEMPLATE_PATH}?done=added`);
  },
});
