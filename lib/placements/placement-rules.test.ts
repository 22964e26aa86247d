import { describe, expect, it } from "vitest";
import { FieldError } from "@/lib/validation/errors";
import { placementDateProblem, type PlacementDates } from "./placement-rules";
import type { PlacementStatus } from "./transitions";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const TODAY = d("2026-06-01");
const NONE: PlacementDates = { contractStart: null, contractEnd: null, departureDate: null, returnDate: null };

describe("placementDateProblem", () => {
  it.each<[string, Partial<PlacementDates>, PlacementStatus, FieldError | null]>([
    ["no dates while prospective", {}, "PROSPECTIVE", null],
    ["contract ends on the day it starts", { contractStart: d("2026-07-01"), contractEnd: d("2026-07-01") }, "PROSPECTIVE", null],
    ["contract ends before it starts", { contractStart: d("2026-07-01"), contractEnd: d("2026-06-30") }, "PROSPECTIVE", new FieldError("contractEnd", "contractEndBeforeStart")],
    ["return before departure", { departureDate: d("2026-01-10"), returnDate: d("2026-01-09") }, "PROSPECTIVE", new FieldError("returnDate", "returnBeforeDeparture")],
    ["a planned departure in the future", { departureDate: d("2026-09-01") }, "VERIFIED", null],
    ["departed without a departure date", {}, "DEPARTED", new FieldError("departureDate", "required")],
    ["departed in the future", { departureDate: d("2026-06-02") }, "DEPARTED", new FieldError("departureDate", "dateInFuture")],
    ["departed today", { departureDate: TODAY }, "DEPARTED", null],
    ["returned without a return date", { departureDate: d("2025-01-01") }, "RETURNED", new FieldError("returnDate", "required")],
    ["returned in the future", { departureDate: d("2025-01-01"), returnDate: d("2026-07-01") }, "RETURNED", new FieldError("returnDate", "dateInFuture")],
    ["returned", { departureDate: d("2025-01-01"), returnDate: d("2026-05-01") }, "RETURNED", null],
    ["cancelled keeps whatever dates it has", { departureDate: d("2027-01-01") }, "CANCELLED", null],
  ])("%s", (_name, dates, status, want) => {
    expect(placementDateProblem({ ...NONE, ...dates }, status, TODAY)).toEqual(want);
  });
});
