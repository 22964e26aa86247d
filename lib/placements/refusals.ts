// Why a placement write was refused, as keys of the placements.refusals catalog (the form
// action translates them; see actions.ts). FieldErrors with a key of common.errors (required,
// invalidChoice, …) are translated by formAction itself.
import { FieldError } from "@/lib/validation/errors";

export const PLACEMENT_REFUSALS = [
  "versionConflict",
  "contractEndBeforeStart",
  "returnBeforeDeparture",
  "dateInFuture",
  "transitionNotAllowed",
  "checklistIncomplete",
  "departureDateRequired",
  "returnDateRequired",
  "unverifiedConfirmationRequired",
  "notDeparted",
  "beforeDeparture",
  "placementClosed",
] as const;
export type PlacementRefusalKey = (typeof PLACEMENT_REFUSALS)[number];

/** A refusal whose message needs values, e.g. the statuses of a transition that is not allowed. */
export class PlacementRefusal extends FieldError {
  constructor(
    field: string,
    messageKey: PlacementRefusalKey,
    public readonly params: Record<string, string> = {},
  ) {
    super(field, messageKey);
    this.name = "PlacementRefusal";
  }
}

export function isPlacementRefusal(error: unknown): error is FieldError & { messageKey: PlacementRefusalKey } {
  return error instanceof FieldError && (PLACEMENT_REFUSALS as readonly string[]).includes(error.messageKey);
}
