import { z } from "zod";
import { parseDateInput } from "@/lib/placements/dates";

// Calendar-day fields of the empowerment forms (<input type="date">). A day in the future is
// the data functions' to refuse (they know "today" in WIB and can be given a clock in tests).

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const dateError = { error: (issue: { input?: unknown }) => (issue.input === undefined ? "required" : "invalidDate") };
const toDate = (v: unknown) => {
  const value = blank(v);
  return typeof value === "string" ? (parseDateInput(value.trim()) ?? value) : value;
};

/** A required day (a Date stays as it is, so parsed values parse again). */
export const requiredDay = () => z.preprocess(toDate, z.date(dateError));

/** An optional day: "" → null. */
export const optionalDay = () => z.preprocess(toDate, z.date(dateError).optional()).transform((d) => d ?? null);

export const versionField = z.coerce.number("invalidNumber").int("invalidNumber").min(0, "invalidNumber");

/**
 * Ticked checkboxes as a list of ids: an array, one id, or ids joined by commas (formAction
 * keeps one value a name, so the actions join them first).
 */
export const splitIds = (v: unknown): unknown =>
  v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v;
