import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { thresholdsSchema, type ThresholdsInput } from "./schemas";
import { DEFAULT_THRESHOLDS, type ScorecardThresholds } from "./status";

// The "Desa PMI Prosedural" thresholds (ScorecardThreshold, one row per BP3MI region). Which
// row applies: the nearest region containing the place the actor works in. For BP3MI staff
// that is their own regionCode row, then (a kabupaten office without a row of its own) its
// province's; for village roles the village's kabupaten, then its province. No row: the
// defaults of decision 022.

export type EffectiveThresholds = {
  values: ScorecardThresholds;
  /** The region whose row applies, null when the defaults do. */
  regionCode: string | null;
  regionName: string | null;
};

/** "36.04.13.2007" → ["36.04.13.2007", "36.04.13", "36.04", "36"]. */
function regionsContaining(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, i) => parts.slice(0, parts.length - i).join("."));
}

const PICK = { minVerifiedSharePct: true, maxNonProcedural: true, minCasesOnTimeSharePct: true, minSessionsPerQuarter: true, regionCode: true } as const;

async function nearestThresholds(client: Tx | typeof db, code: string | null): Promise<EffectiveThresholds> {
  if (!code) return { values: DEFAULT_THRESHOLDS, regionCode: null, regionName: null };
  const chain = regionsContaining(code);
  const rows = await client.scorecardThreshold.findMany({ where: { regionCode: { in: chain } }, select: PICK });
  const row = chain.map((c) => rows.find((r) => r.regionCode === c)).find(Boolean);
  if (!row) return { values: DEFAULT_THRESHOLDS, regionCode: null, regionName: null };
  const { regionCode, ...values } = row;
  const region = await client.region.findUnique({ where: { code: regionCode }, select: { name: true } });
  return { values, regionCode, regionName: region?.name ?? null };
}

/** Where the actor's thresholds come from: a BP3MI region, or a village. */
function placeOf(actor: Actor): string | null {
  return actor.role === "BP3MI_STAFF" ? actor.regionCode : actor.villageCode;
}

/** The thresholds the actor's scorecard is judged against. */
export async function getScorecardThresholds(actor: Actor): Promise<EffectiveThresholds> {
  assertCan(actor, "scorecard:read");
  return nearestThresholds(db, placeOf(actor));
}

/** The thresholds form: the values in force for the staff member's region, and whether the region has a row of its own. */
export async function getThresholdsForm(actor: Actor): Promise<EffectiveThresholds & { ownRegionCode: string; ownRegionName: string | null }> {
  assertCan(actor, "scorecard:thresholds");
  if (!actor.regionCode) throw new FieldError("_form", "scorecard:noRegion");
  const [effective, region] = await Promise.all([
    nearestThresholds(db, actor.regionCode),
    db.region.findUnique({ where: { code: actor.regionCode }, select: { name: true } }),
  ]);
  return { ...effective, ownRegionCode: actor.regionCode, ownRegionName: region?.name ?? null };
}

/** Sets the thresholds of the staff member's own region (their regionCode row), audited. */
export async function updateScorecardThresholds(actor: Actor, raw: ThresholdsInput, meta: { ip?: string | null } = {}): Promise<ScorecardThresholds> {
  assertCan(actor, "scorecard:thresholds");
  const input = thresholdsSchema.parse(raw);
  const regionCode = actor.regionCode;
  if (!regionCode) throw new FieldError("_form", "scorecard:noRegion");
  return db.$transaction(async (tx) => {
    const before = await nearestThresholds(tx, regionCode);
    await tx.scorecardThreshold.upsert({
      where: { regionCode },
      create: { regionCode, ...input, updatedById: actor.id },
      update: { ...input, updatedById: actor.id },
    });
    await writeAudit(tx, {
      actor,
      action: "perdes.scorecard-thresholds",
      entity: "ScorecardThreshold",
      entityId: regionCode,
      before: { ...before.values, inheritedFrom: before.regionCode === regionCode ? null : before.regionCode },
      after: { ...input, inheritedFrom: null },
      ip: meta.ip,
    });
    return input;
  });
}
