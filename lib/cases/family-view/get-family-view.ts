import "server-only";
import { db } from "@/lib/db/client";
import type { CaseStatus } from "../workflow";

export type FamilyTimelineEntry = {
  id: string;
  at: Date;
  /** A note, or a change of status (with the status it moved to). */
  kind: "NOTE" | "STATUS";
  toStatus: CaseStatus | null;
  text: string | null;
};

export type FamilyView = {
  trackingCode: string;
  status: CaseStatus;
  reportedAt: Date;
  updatedAt: Date;
  timeline: FamilyTimelineEntry[];
};

// Only these entries may be shared, and only when staff marked them so: notes, and the
// reasons given with a status change or reopening. Never an attachment, referral, claim or
// assignment, whatever its flag says.
const SHAREABLE_KINDS = ["NOTE", "STATUS", "REOPENED"] as const;
const MAX_ENTRIES = 100;

/**
 * What the family sees for a case they opened with its code and PIN (the caller holds a
 * signed access token for `caseId`): the code, the status, two dates and the shareable
 * entries. Nothing about the worker, the reporter, the handler or internal notes.
 */
export async function getFamilyView(caseId: string): Promise<FamilyView | null> {
  const kase = await db.case.findUnique({ where: { id: caseId }, select: { trackingCode: true, status: true, reportedAt: true, updatedAt: true } });
  if (!kase) return null;
  const events = await db.caseEvent.findMany({
    where: { caseId, shareable: true, kind: { in: [...SHAREABLE_KINDS] } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: MAX_ENTRIES,
    select: { id: true, at: true, kind: true, toStatus: true, text: true },
  });
  const timeline = events
    .map((e) => ({ id: String(e.id), at: e.at, kind: e.kind === "NOTE" ? ("NOTE" as const) : ("STATUS" as const), toStatus: e.kind === "NOTE" ? null : e.toStatus, text: e.text }))
    .filter((e) => e.text || e.toStatus);
  const latest = timeline[0]?.at;
  return {
    trackingCode: kase.trackingCode,
    status: kase.status,
    reportedAt: kase.reportedAt,
    updatedAt: latest && latest > kase.updatedAt ? latest : kase.updatedAt,
    timeline,
  };
}
