import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan, type Actor } from "@/lib/authz";
import { getRegionalScorecard, type RegionalScorecard } from "./get-scorecard";

/**
 * The monthly report: every village of the actor's scope (a village official: their own) for
 * one WIB month, with the name of the region or village it is for. Taking the copy out is
 * recorded in the audit log.
 */
export async function exportScorecardReport(
  actor: Actor,
  month: string,
  meta: { format: "xlsx" | "pdf"; kecamatan?: string | null; ip?: string | null },
): Promise<{ card: RegionalScorecard; placeName: string }> {
  assertCan(actor, "scorecard:export");
  const card = await getRegionalScorecard(actor, { from: month, to: month }, { kecamatan: meta.kecamatan });
  const placeCode = actor.role === "BP3MI_STAFF" ? actor.regionCode : actor.villageCode;
  const region = placeCode ? await db.region.findUnique({ where: { code: placeCode }, select: { name: true } }) : null;
  const kecamatan = meta.kecamatan ? card.kecamatan.find((k) => k.code === meta.kecamatan)?.name : null;
  const placeName = [region?.name ?? placeCode ?? "", kecamatan].filter(Boolean).join(" · ");
  await writeAudit(db, {
    actor,
    action: "perdes.scorecard-export",
    entity: "ScorecardReport",
    villageCode: actor.villageCode,
    after: { month, format: meta.format, kecamatan: meta.kecamatan ?? null, rows: card.rows.length },
    ip: meta.ip,
  });
  return { card, placeName };
}
