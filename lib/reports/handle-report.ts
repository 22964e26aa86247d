import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import type { HandleReportInput, LinkReportInput } from "./schemas";

async function reportInScope(tx: Tx, actor: Actor, id: string) {
  const report = await tx.suspiciousReport.findFirst({ where: { AND: [{ id }, villageScope(actor)] }, select: { id: true, villageCode: true, status: true, publicNote: true, agentId: true, agentName: true, phone: true } });
  if (!report) throw new NotFoundError("SuspiciousReport");
  return report;
}

/** Sets the status and the note the reporter sees with the code. */
export async function handleReport(actor: Actor, input: HandleReportInput, meta: { ip?: string | null } = {}): Promise<{ id: string }> {
  assertCan(actor, "report:handle");
  return db.$transaction(async (tx: Tx) => {
    const before = await reportInScope(tx, actor, input.id);
    const after = await tx.suspiciousReport.update({ where: { id: input.id }, data: { status: input.status, publicNote: input.publicNote }, select: { status: true, publicNote: true } });
    await writeAudit(tx, { actor, action: "report.handle", entity: "SuspiciousReport", entityId: input.id, villageCode: before.villageCode, before: { status: before.status, publicNote: before.publicNote }, after, ip: meta.ip });
    return { id: input.id };
  });
}

/** Links the report to a known agent, or creates a watchlisted agent from it; the report becomes LINKED. */
export async function linkReportToAgent(actor: Actor, input: LinkReportInput, meta: { ip?: string | null } = {}): Promise<{ id: string; agentId: string }> {
  assertCan(actor, "report:handle");
  assertCan(actor, "recruiter:write");
  return db.$transaction(async (tx: Tx) => {
    const report = await reportInScope(tx, actor, input.id);
    let agentId = input.agentId;
    if (agentId) {
      if (!(await tx.agent.findUnique({ where: { id: agentId }, select: { id: true } }))) throw new FieldError("agentId", "invalidChoice");
    } else {
      const agent = await tx.agent.create({
        data: { name: input.newAgentName!, phone: report.phone, villageCode: report.villageCode, watchlisted: true, watchlistReason: input.watchlistReason, createdById: actor.id },
      });
      agentId = agent.id;
      await writeAudit(tx, { actor, action: "agent.create", entity: "Agent", entityId: agent.id, villageCode: report.villageCode, after: { name: agent.name, phone: agent.phone, watchlisted: true, watchlistReason: agent.watchlistReason, fromReport: report.id }, ip: meta.ip });
    }
    await tx.suspiciousReport.update({ where: { id: report.id }, data: { agentId, status: "LINKED" } });
    await writeAudit(tx, { actor, action: "report.link", entity: "SuspiciousReport", entityId: report.id, villageCode: report.villageCode, before: { agentId: report.agentId, status: report.status }, after: { agentId, status: "LINKED" }, ip: meta.ip });
    return { id: report.id, agentId };
  });
}
