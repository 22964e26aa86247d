import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { normalisePhone } from "./phone";
import type { AgentInput } from "./schemas";

const AUDITED = { name: true, phone: true, claimedRecruiterId: true, claimedCompanyName: true, villageCode: true, watchlisted: true, watchlistReason: true } as const;

/** The stored form of an agent: the phone as digits from 62, no reason without the watchlist. */
export async function agentData(tx: Tx, input: AgentInput) {
  const phone = input.phone ? normalisePhone(input.phone) : null;
  if (input.phone && !phone) throw new FieldError("phone", "invalidFormat");
  if (input.claimedRecruiterId && !(await tx.recruiter.findUnique({ where: { id: input.claimedRecruiterId }, select: { id: true } }))) {
    throw new FieldError("claimedRecruiterId", "invalidChoice");
  }
  if (input.villageCode && !(await tx.village.findUnique({ where: { code: input.villageCode }, select: { code: true } }))) {
    throw new FieldError("villageCode", "unknownVillage");
  }
  return { ...input, phone, watchlistReason: input.watchlisted ? input.watchlistReason : null };
}

export async function createAgent(actor: Actor, input: AgentInput, meta: { ip?: string | null } = {}): Promise<{ id: string }> {
  assertCan(actor, "recruiter:write");
  return db.$transaction(async (tx: Tx) => {
    const created = await tx.agent.create({ data: { ...(await agentData(tx, input)), createdById: actor.id }, select: { id: true, ...AUDITED } });
    const { id, ...after } = created;
    await writeAudit(tx, { actor, action: "agent.create", entity: "Agent", entityId: id, villageCode: after.villageCode, after, ip: meta.ip });
    return { id };
  });
}

export async function updateAgent(actor: Actor, input: AgentInput & { id: string }, meta: { ip?: string | null } = {}): Promise<{ id: string }> {
  assertCan(actor, "recruiter:write");
  const { id, ...rest } = input;
  return db.$transaction(async (tx: Tx) => {
    const before = await tx.agent.findUnique({ where: { id }, select: AUDITED });
    if (!before) throw new NotFoundError("Agent");
    const after = await tx.agent.update({ where: { id }, data: await agentData(tx, rest), select: AUDITED });
    await writeAudit(tx, { actor, action: "agent.update", entity: "Agent", entityId: id, villageCode: after.villageCode ?? before.villageCode, before, after, ip: meta.ip });
    return { id };
  });
}
