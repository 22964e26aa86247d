import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { reportSeries, type ReportSeries } from "./report-sql";
import { isUuid } from "./months";

export type GroupReport = ReportSeries & { group: { id: string; name: string; villageCode: string } };

/** The charts' figures for one group; a group outside the actor's villages is not found. */
export async function getGroupReport(actor: Actor, groupId: string, now: Date = new Date()): Promise<GroupReport> {
  assertCan(actor, "group:read");
  if (!isUuid(groupId)) throw new NotFoundError("BusinessGroup");
  const group = await db.businessGroup.findFirst({ where: { id: groupId, ...villageScope(actor) }, select: { id: true, name: true, villageCode: true } });
  if (!group) throw new NotFoundError("BusinessGroup");
  return { group, ...(await reportSeries([group.id], now)) };
}
