import "server-only";
import type { Tx } from "@/lib/db/client";
import { DEFAULT_DEADLINE_RULES, type DeadlineRule } from "./deadlines";

/** The due-time rules: CaseDeadline rows (admins edit them), the defaults for a step without one. */
export async function loadDeadlineRules(tx: Pick<Tx, "caseDeadline">): Promise<DeadlineRule[]> {
  const rows = await tx.caseDeadline.findMany({ select: { status: true, workingDays: true, urgentHours: true } });
  return DEFAULT_DEADLINE_RULES.map((d) => rows.find((r) => r.status === d.status) ?? d);
}
