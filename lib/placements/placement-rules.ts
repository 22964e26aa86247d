// Rules on a placement's dates that look at more than one field. Pure: the data functions
// call them and refuse with a FieldError whose key is in placements.refusals (or
// common.errors for "required").
import { FieldError } from "@/lib/validation/errors";
import type { PlacementStatus } from "./transitions";

export type PlacementDates = {
  contractStart: Date | null;
  contractEnd: Date | null;
  departureDate: Date | null;
  returnDate: Date | null;
};

/** The first problem with the dates of a placement in `status`, or null. `today` is the WIB day. */
export function placementDateProblem(dates: PlacementDates, status: PlacementStatus, today: Date): FieldError | null {
  if (dates.contractStart && dates.contractEnd && dates.contractEnd < dates.contractStart) {
    return new FieldError("contractEnd", "contractEndBeforeStart");
  }
  if (dates.departureDate && dates.returnDate && dates.returnDate < dates.departureDate) {
    return new FieldError("returnDate", "returnBeforeDeparture");
  }
  // Once the worker has left (or is back), those days are facts: present and not ahead.
  if (status === "DEPARTED" || status === "RETURNED") {
    if (!dates.departureDate) return new FieldError("departureDate", "required");
    if (dates.departureDate > today) return new FieldError("departureDate", "dateInFuture");
  }
  if (status === "RETURNED") {
    if (!dates.returnDate) return new FieldError("returnDate", "required");
    if (dates.returnDate > today) return new FieldError("returnDate", "dateInFuture");
  }
  return null;
}
