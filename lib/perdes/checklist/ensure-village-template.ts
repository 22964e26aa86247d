import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import idVerification from "@/lib/i18n/messages/id/verification.json";
import { DEFAULT_CHECKLIST, SORT_STEP } from "../default-template";

/**
 * The village's checklist template, made from the default the first time it is used. Default
 * labels are stored as the Indonesian catalog text of that moment (not as catalog keys): the
 * village may reword them, and what a placement was checked against must not change when the
 * catalog does (docs/decisions/024). An advisory lock on the village makes two first uses at
 * once create one template. Returns the number of items it created (0 when it existed).
 */
export async function ensureVillageTemplate(tx: Tx, villageCode: string, meta: { actor?: Actor | null; ip?: string | null } = {}): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`checklist-template:${villageCode}`}, 0))`;
  const existing = await tx.villageChecklistItem.count({ where: { villageCode } });
  if (existing > 0) return 0;
  const labels = idVerification.template.default;
  await tx.villageChecklistItem.createMany({
    data: DEFAULT_CHECKLIST.map((item, i) => ({
      villageCode,
      kind: item.kind,
      label: labels[item.kind],
      legalBasis: item.legalBasis,
      mandatory: item.mandatory,
      sortOrder: (i + 1) * SORT_STEP,
    })),
  });
  await writeAudit(tx, {
    actor: meta.actor ?? null,
    action: "checklist-template.create",
    entity: "Village",
    entityId: villageCode,
    villageCode,
    after: { items: DEFAULT_CHECKLIST.map((i) => i.kind) },
    ip: meta.ip,
  });
  return DEFAULT_CHECKLIST.length;
}
