import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { loadDeadlineRules } from "./deadline-rules";
import type { DeadlineRule } from "./deadlines";
import { updateDeadlinesSchema } from "./schemas";

export async function getCaseDeadlines(actor: Actor): Promise<DeadlineRule[]> {
  assertCan(actor, "case:deadlines");
  return loadDeadlineRules(db);
}

/** New due times apply to steps that begin from now on; cases already waiting keep their due time. */
export async function updateCaseDeadlines(actor: Actor, raw: z.input<typeof updateDeadlinesSchema>, meta: { ip?: string | null } = {}): Promise<void> {
  const input = updateDeadlinesSchema.parse(raw);
  assertCan(actor, "case:deadlines");
  await db.$transaction(async (tx) => {
    const before = await loadDeadlineRules(tx);
    const after = before.map((rule) => ({
      status: rule.status,
      workingDays: input[`${rule.status}.workingDays`] ?? rule.workingDays,
      urgentHours: input[`${rule.status}.urgentHours`] ?? rule.urgentHours,
    }));
    for (const rule of after) {
      await tx.caseDeadline.upsert({
        where: { status: rule.status },
        create: { ...rule, updatedById: actor.id },
        update: { workingDays: rule.workingDays, urgentHours: rule.urgentHours, updatedById: actor.id },
      });
    }
    const flat = (rules: DeadlineRule[]) => Object.fromEntries(rules.flatMap((r) => [[`${r.status}.workingDays`, r.workingDays], [`${r.status}.urgentHours`, r.urgentHours]]));
    await writeAudit(tx, { actor, action: "case.deadlines", entity: "CaseDeadline", before: flat(before), after: flat(after), ip: meta.ip });
  });
}
