import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/authz/roles";
import { checkTransition, isFinal, offeredTransitions, PLACEMENT_STATUSES, type PlacementStatus, type TransitionFacts } from "./transitions";

const day = new Date("2026-03-01T00:00:00Z");
const READY: TransitionFacts = { checklistComplete: true, departureDate: day, returnDate: day, confirmUnverified: true };

type Row = { from: PlacementStatus; to: PlacementStatus; role: Role; facts?: Partial<TransitionFacts>; want: string };

// "ok:<permission>" or the refusal.
const TABLE: Row[] = [
  // the straight path
  { from: "PROSPECTIVE", to: "VERIFIED", role: "VILLAGE_OFFICIAL", want: "ok:placement:verify" },
  { from: "VERIFIED", to: "DEPARTED", role: "ORGANIZER", want: "ok:placement:write" },
  { from: "DEPARTED", to: "RETURNED", role: "ORGANIZER", want: "ok:placement:write" },
  // verifying is the official's
  { from: "PROSPECTIVE", to: "VERIFIED", role: "ORGANIZER", want: "forbidden" },
  { from: "PROSPECTIVE", to: "VERIFIED", role: "BP3MI_STAFF", want: "forbidden" },
  { from: "PROSPECTIVE", to: "VERIFIED", role: "VILLAGE_OFFICIAL", facts: { checklistComplete: false }, want: "checklistIncomplete" },
  // dates
  { from: "VERIFIED", to: "DEPARTED", role: "ORGANIZER", facts: { departureDate: null }, want: "departureDateRequired" },
  { from: "DEPARTED", to: "RETURNED", role: "VILLAGE_OFFICIAL", facts: { returnDate: null }, want: "returnDateRequired" },
  // leaving without the village's verification: only knowingly
  { from: "PROSPECTIVE", to: "DEPARTED", role: "ORGANIZER", want: "ok:placement:write" },
  { from: "PROSPECTIVE", to: "DEPARTED", role: "ORGANIZER", facts: { confirmUnverified: false }, want: "unverifiedConfirmationRequired" },
  { from: "PROSPECTIVE", to: "DEPARTED", role: "ORGANIZER", facts: { confirmUnverified: undefined }, want: "unverifiedConfirmationRequired" },
  { from: "VERIFIED", to: "DEPARTED", role: "ORGANIZER", facts: { confirmUnverified: false }, want: "ok:placement:write" },
  // cancelling from any non-final status
  { from: "PROSPECTIVE", to: "CANCELLED", role: "ORGANIZER", facts: { checklistComplete: false, departureDate: null }, want: "ok:placement:write" },
  { from: "VERIFIED", to: "CANCELLED", role: "ORGANIZER", want: "ok:placement:write" },
  { from: "DEPARTED", to: "CANCELLED", role: "VILLAGE_OFFICIAL", want: "ok:placement:write" },
  // final statuses and steps that skip or go back
  { from: "RETURNED", to: "CANCELLED", role: "VILLAGE_OFFICIAL", want: "transitionNotAllowed" },
  { from: "CANCELLED", to: "PROSPECTIVE", role: "VILLAGE_OFFICIAL", want: "transitionNotAllowed" },
  { from: "CANCELLED", to: "DEPARTED", role: "VILLAGE_OFFICIAL", want: "transitionNotAllowed" },
  { from: "RETURNED", to: "DEPARTED", role: "VILLAGE_OFFICIAL", want: "transitionNotAllowed" },
  { from: "VERIFIED", to: "PROSPECTIVE", role: "VILLAGE_OFFICIAL", want: "transitionNotAllowed" },
  { from: "PROSPECTIVE", to: "RETURNED", role: "VILLAGE_OFFICIAL", want: "transitionNotAllowed" },
  { from: "DEPARTED", to: "VERIFIED", role: "VILLAGE_OFFICIAL", want: "transitionNotAllowed" },
  { from: "VERIFIED", to: "VERIFIED", role: "VILLAGE_OFFICIAL", want: "transitionNotAllowed" },
  // roles without placement:write change nothing
  { from: "VERIFIED", to: "DEPARTED", role: "BP3MI_STAFF", want: "forbidden" },
  { from: "PROSPECTIVE", to: "CANCELLED", role: "ADMIN", want: "forbidden" },
];

describe("checkTransition", () => {
  it.each(TABLE)("$from → $to as $role ($facts): $want", ({ from, to, role, facts, want }) => {
    const result = checkTransition(from, to, role, { ...READY, ...facts });
    expect(result.ok ? `ok:${result.permission}` : result.reason).toBe(want);
  });

  it("RETURNED and CANCELLED are final: nothing leaves them", () => {
    for (const from of ["RETURNED", "CANCELLED"] as const) {
      expect(isFinal(from)).toBe(true);
      for (const to of PLACEMENT_STATUSES) {
        expect(checkTransition(from, to, "VILLAGE_OFFICIAL", READY)).toEqual({ ok: false, reason: "transitionNotAllowed" });
      }
    }
  });
});

describe("offeredTransitions", () => {
  it.each([
    ["PROSPECTIVE", "ORGANIZER", ["DEPARTED", "CANCELLED"]],
    ["PROSPECTIVE", "VILLAGE_OFFICIAL", ["VERIFIED", "DEPARTED", "CANCELLED"]],
    ["VERIFIED", "ORGANIZER", ["DEPARTED", "CANCELLED"]],
    ["DEPARTED", "ORGANIZER", ["RETURNED", "CANCELLED"]],
    ["RETURNED", "VILLAGE_OFFICIAL", []],
    ["CANCELLED", "ORGANIZER", []],
    ["DEPARTED", "BP3MI_STAFF", []],
  ] as const)("%s as %s", (from, role, want) => {
    expect(offeredTransitions(from, role)).toEqual(want);
  });
});
