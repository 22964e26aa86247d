import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/users/uuid";

/** One recruiter with its status history (oldest first) and job orders. */
export async function getRecruiter(actor: Actor, id: string) {
  assertCan(actor, "recruiter:read");
  if (!UUID.test(id)) throw new NotFoundError("Recruiter");
  const recruiter = await db.recruiter.findUnique({
    where: { id },
    include: {
      statusChanges: { orderBy: [{ changedAt: "asc" }, { id: "asc" }] },
      jobOrders: { orderBy: [{ validUntil: "desc" }, { id: "asc" }], include: { country: { select: { nameId: true, nameEn: true } }, job: { select: { nameId: true, nameEn: true } } } },
      _count: { select: { agents: true } },
    },
  });
  if (!recruiter) throw new NotFoundError("Recruiter");
  return recruiter;
}
export type RecruiterDetail = Awaited<ReturnType<typeof getRecruiter>>;

/** One agent with the company they claim and the reports linked to them. */
export async function getAgent(actor: Actor, id: string) {
  assertCan(actor, "recruiter:read");
  if (!UUID.test(id)) throw new NotFoundError("Agent");
  const agent = await db.agent.findUnique({
    where: { id },
    include: { claimedRecruiter: { select: { id: true, name: true, status: true } }, _count: { select: { reports: true } } },
  });
  if (!agent) throw new NotFoundError("Agent");
  return agent;
}
