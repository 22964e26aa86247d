import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CountryRuleInput, JobRuleInput } from "./schemas";

// Rule data the offer check reads (moratorium countries, zero-cost jobs, destinations), with
// the legal basis and the date BP3MI staff last checked it. Every edit is audited.

const COUNTRY = { moratoriumHousehold: true, destination: true, legalBasis: true, lastCheckedOn: true } as const;
const JOB = { zeroCost: true, household: true, legalBasis: true, lastCheckedOn: true } as const;

export async function updateCountryRule(actor: Actor, input: CountryRuleInput, meta: { ip?: string | null } = {}): Promise<{ code: string }> {
  assertCan(actor, "rules:write");
  const { code, ...data } = input;
  return db.$transaction(async (tx: Tx) => {
    const before = await tx.country.findUnique({ where: { code }, select: COUNTRY });
    if (!before) throw new NotFoundError("Country");
    const after = await tx.country.update({ where: { code }, data, select: COUNTRY });
    await writeAudit(tx, { actor, action: "rule.country", entity: "Country", entityId: code, before, after, ip: meta.ip });
    return { code };
  });
}

export async function updateJobRule(actor: Actor, input: JobRuleInput, meta: { ip?: string | null } = {}): Promise<{ code: string }> {
  assertCan(actor, "rules:write");
  const { code, ...data } = input;
  return db.$transaction(async (tx: Tx) => {
    const before = await tx.job.findUnique({ where: { code }, select: JOB });
    if (!before) throw new NotFoundError("Job");
    const after = await tx.job.update({ where: { code }, data, select: JOB });
    await writeAudit(tx, { actor, action: "rule.job", entity: "Job", entityId: code, before, after, ip: meta.ip });
    return { code };
  });
}
