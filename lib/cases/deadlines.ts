// When a case's current step is due (issue 4, docs/decisions/019). Pure.
// Working days are Monday to Friday in WIB; national holidays are not known to the portal,
// so a step due after a holiday shows as due one working day early (the safe side).
import type { CaseStatus } from "./workflow";

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export type DeadlineRule = { status: CaseStatus; workingDays: number; urgentHours: number };

/** The migration's defaults; used for a step that has no CaseDeadline row. */
export const DEFAULT_DEADLINE_RULES: readonly DeadlineRule[] = [
  { status: "REPORTED", workingDays: 3, urgentHours: 24 },
  { status: "VERIFIED", workingDays: 5, urgentHours: 48 },
  { status: "IN_MEDIATION", workingDays: 14, urgentHours: 168 },
  { status: "REFERRED", workingDays: 30, urgentHours: 336 },
];

/** The same WIB time of day, `days` working days later (a weekend start counts from Monday). */
export function addWorkingDays(from: Date, days: number): Date {
  let t = from.getTime();
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    const weekday = new Date(t + WIB_OFFSET_MS).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(t);
}

/** The due time of the step a case in `status` is waiting for, or null when none is due. */
export function dueAtFor(status: CaseStatus, urgent: boolean, from: Date, rules: readonly DeadlineRule[]): Date | null {
  const rule = rules.find((r) => r.status === status);
  if (!rule) return null;
  return urgent ? new Date(from.getTime() + rule.urgentHours * HOUR_MS) : addWorkingDays(from, rule.workingDays);
}

export function isOverdue(dueAt: Date | null, now: Date = new Date()): boolean {
  return dueAt !== null && dueAt.getTime() < now.getTime();
}
