import { describe, expect, it } from "vitest";
import { addWorkingDays, DEFAULT_DEADLINE_RULES, dueAtFor, isOverdue } from "./deadlines";
import { isUrgentByDefault } from "./categories";

// 2026-12-07 is a Monday. 03:00 UTC is 10:00 WIB.
const monday10 = new Date("2026-12-07T03:00:00Z");
const friday10 = new Date("2026-12-11T03:00:00Z");
const saturday10 = new Date("2026-12-12T03:00:00Z");
const friday23Wib = new Date("2026-12-11T16:30:00Z"); // Friday 23:30 WIB, Friday 16:30 UTC

describe("case deadlines", () => {
  it("counts working days Monday to Friday in WIB", () => {
    expect(addWorkingDays(monday10, 3).toISOString()).toBe("2026-12-10T03:00:00.000Z"); // Thursday
    expect(addWorkingDays(friday10, 3).toISOString()).toBe("2026-12-16T03:00:00.000Z"); // Wednesday
    expect(addWorkingDays(saturday10, 1).toISOString()).toBe("2026-12-14T03:00:00.000Z"); // Monday
    // Late Friday night in WIB is still Friday, even though UTC says the same day.
    expect(addWorkingDays(friday23Wib, 1).toISOString()).toBe("2026-12-14T16:30:00.000Z");
  });

  it("gives verification 3 working days, 24 hours when urgent", () => {
    expect(dueAtFor("REPORTED", false, friday10, DEFAULT_DEADLINE_RULES)?.toISOString()).toBe("2026-12-16T03:00:00.000Z");
    expect(dueAtFor("REPORTED", true, friday10, DEFAULT_DEADLINE_RULES)?.toISOString()).toBe("2026-12-12T03:00:00.000Z");
    expect(dueAtFor("RESOLVED", true, friday10, DEFAULT_DEADLINE_RULES)).toBeNull();
    expect(dueAtFor("CLOSED", false, friday10, DEFAULT_DEADLINE_RULES)).toBeNull();
  });

  it("follows edited rules", () => {
    const rules = [{ status: "REPORTED" as const, workingDays: 1, urgentHours: 4 }];
    expect(dueAtFor("REPORTED", true, monday10, rules)?.toISOString()).toBe("2026-12-07T07:00:00.000Z");
    expect(dueAtFor("VERIFIED", true, monday10, rules)).toBeNull();
  });

  it("says overdue only after the due time", () => {
    expect(isOverdue(null, monday10)).toBe(false);
    expect(isOverdue(monday10, new Date(monday10.getTime() + 1))).toBe(true);
    expect(isOverdue(monday10, monday10)).toBe(false);
  });

  it("makes trafficking, death, violence and detention urgent by default", () => {
    for (const c of ["TRAFFICKING", "DEATH", "VIOLENCE", "DETENTION"] as const) expect(isUrgentByDefault(c)).toBe(true);
    for (const c of ["UNPAID_WAGES", "LOST_CONTACT", "ILLNESS"] as const) expect(isUrgentByDefault(c)).toBe(false);
  });
});
