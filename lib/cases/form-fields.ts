import { z } from "zod";
import { optionalDate } from "@/lib/placements/schemas";
import { parseDateInput } from "@/lib/placements/dates";

// Field builders the referral, claim and mediation forms share. Messages are keys of
// common.errors, or "caseMoney:key" for caseMoney.errors.key (lib/actions/translate-issues.ts).

export { optionalDate };

/** <input type="date">, required: a real day as UTC midnight (a Date stays as it is, so parsed values parse again). */
export function requiredDate() {
  return z.preprocess(
    (v) => {
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return undefined;
      return typeof v === "string" ? (parseDateInput(v.trim()) ?? v) : v;
    },
    z.date({ error: (issue) => (issue.input === undefined ? "required" : "invalidDate") }),
  );
}

/** The version a form was loaded with (optimistic locking). */
export const version = z.coerce.number("invalidNumber").int("invalidNumber").min(0, "invalidNumber");

export const id = z.uuid("invalidFormat");
