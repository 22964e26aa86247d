import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/registry/schemas";
import { caseScope } from "./case-access";

/** One case with what its page shows: the worker, the reporter, the handler and the timeline. */
export async function getCase(actor: Actor, id: string) {
  assertCan(actor, "case:read");
  if (!UUID.test(id)) throw new NotFoundError("Case");
  const found = await db.case.findFirst({
    where: { AND: [{ id }, caseScope(actor)] },
    select: {
      id: true,
      number: true,
      villageCode: true,
      village: { select: { region: { select: { name: true } } } },
      person: { select: { id: true, name: true } },
      placement: { select: { id: true, status: true, employer: true, country: { select: { nameId: true, nameEn: true } } } },
      workerName: true,
      workerDescription: true,
      reporterName: true,
      reporterRelation: true,
      reporterPhone: true,
      reporterAddress: true,
      category: true,
      countryCode: true,
      country: { select: { nameId: true, nameEn: true } },
      whatHappened: true,
      happenedOn: true,
      urgent: true,
      status: true,
      closeReason: true,
      dueAt: true,
      missedDeadline: true,
      handler: { select: { id: true, name: true } },
      trackingCode: true,
      report: { select: { id: true, code: true } },
      reportedAt: true,
      verifiedAt: true,
      resolvedAt: true,
      closedAt: true,
      version: true,
      updatedAt: true,
    },
  });
  if (!found) throw new NotFoundError("Case");
  return found;
}

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;

/** The case's timeline, newest first. */
export async function listCaseEvents(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  return db.caseEvent.findMany({
    where: { caseId, case: caseScope(actor) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, at: true, actorName: true, fromStatus: true, toStatus: true, text: true, shareable: true, data: true },
  });
}

export type CaseEventRow = Awaited<ReturnType<typeof listCaseEvents>>[number];
