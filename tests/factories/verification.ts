// Pre-departure verification for tests and e2e fixtures: a placement whose village checks are
// started and (some of them) done, straight through Prisma. Framework-free: pass any PrismaClient.
import type { DepartureCheckStatus, PrismaClient, VerificationKind } from "../../lib/db/generated/client";
import { DEFAULT_CHECKLIST, SORT_STEP } from "../../lib/perdes/default-template";
import idVerification from "../../lib/i18n/messages/id/verification.json" with { type: "json" };

type Db = Pick<PrismaClient, "villageChecklistItem" | "departureCheck" | "placement">;

/** The village's template from the default when it has none (as ensureVillageTemplate does). */
export async function ensureTestTemplate(db: Db, villageCode: string): Promise<void> {
  if ((await db.villageChecklistItem.count({ where: { villageCode } })) > 0) return;
  await db.villageChecklistItem.createMany({
    data: DEFAULT_CHECKLIST.map((d, i) => ({ villageCode, kind: d.kind, label: idVerification.template.default[d.kind], legalBasis: d.legalBasis, mandatory: d.mandatory, sortOrder: (i + 1) * SORT_STEP })),
  });
}

/** Starts the checks of a placement from its village's template; `done` kinds are DONE by `checkedById`. */
export async function createTestChecks(db: Db, opts: { placementId: string; done?: VerificationKind[] | "all"; checkedById?: string | null; checkedAt?: Date }) {
  const placement = await db.placement.findUniqueOrThrow({ where: { id: opts.placementId }, select: { villageCode: true } });
  await ensureTestTemplate(db, placement.villageCode);
  const items = await db.villageChecklistItem.findMany({ where: { villageCode: placement.villageCode, active: true }, orderBy: { sortOrder: "asc" } });
  const isDone = (kind: VerificationKind) => opts.done === "all" || (opts.done ?? []).includes(kind);
  for (const item of items) {
    const status: DepartureCheckStatus = isDone(item.kind) ? "DONE" : "PENDING";
    await db.departureCheck.create({
      data: {
        placementId: opts.placementId,
        villageCode: placement.villageCode,
        itemId: item.id,
        kind: item.kind,
        label: item.label,
        legalBasis: item.legalBasis,
        mandatory: item.mandatory,
        sortOrder: item.sortOrder,
        status,
        result: item.kind === "FAMILY_CONSENT" && status === "DONE" ? JSON.stringify({ name: "Ahmad Fauzi", relation: "SPOUSE" }) : null,
        checkedById: status === "DONE" ? (opts.checkedById ?? null) : null,
        checkedAt: status === "DONE" ? (opts.checkedAt ?? new Date()) : null,
      },
    });
  }
  return db.departureCheck.findMany({ where: { placementId: opts.placementId }, orderBy: { sortOrder: "asc" } });
}
