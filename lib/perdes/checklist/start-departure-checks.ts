import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { ensureVillageTemplate } from "./ensure-village-template";
import { isVerifying } from "./rules";
import { startDepartureChecksSchema } from "./schemas";
import { lockScopedPlacement } from "./verification-access";

/** "Perdes Desa Lontar 3/2018 Pasal 5; UU 18/2017 Pasal 13": what the check's basis was when copied. */
function basisOf(item: { legalBasis: string | null; article: { number: string; regulation: { number: string; year: number } } | null }): string | null {
  const article = item.article ? `Perdes ${item.article.regulation.number}/${item.article.regulation.year} ${item.article.number}` : null;
  return [article, item.legalBasis].filter(Boolean).join("; ") || null;
}

/**
 * Starts a placement's pre-departure verification: copies the village's active template items
 * (made from the default on first use) into DepartureCheck rows, PENDING. Only while the
 * placement is PROSPECTIVE or VERIFIED. Idempotent: once started, nothing more is copied, so
 * later template edits never change what this placement is checked against.
 */
export async function startDepartureChecks(actor: Actor, rawInput: { placementId: string }, meta: { ip?: string | null } = {}): Promise<{ placementId: string; created: number }> {
  const input = startDepartureChecksSchema.parse(rawInput);
  assertCan(actor, "departure-check:write");
  return db.$transaction(async (tx) => {
    const placement = await lockScopedPlacement(tx, actor, input.placementId);
    if (!isVerifying(placement.status)) throw new FieldError("_form", "verification:placementNotVerifying");
    if ((await tx.departureCheck.count({ where: { placementId: placement.id } })) > 0) return { placementId: placement.id, created: 0 };

    await ensureVillageTemplate(tx, placement.villageCode, { actor, ip: meta.ip });
    const items = await tx.villageChecklistItem.findMany({
      where: { villageCode: placement.villageCode, active: true },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, label: true, legalBasis: true, mandatory: true, sortOrder: true, article: { select: { number: true, regulation: { select: { number: true, year: true } } } } },
    });
    const { count } = await tx.departureCheck.createMany({
      data: items.map((item) => ({
        placementId: placement.id,
        villageCode: placement.villageCode,
        itemId: item.id,
        kind: item.kind,
        label: item.label,
        legalBasis: basisOf(item),
        mandatory: item.mandatory,
        sortOrder: item.sortOrder,
      })),
      skipDuplicates: true,
    });
    await writeAudit(tx, {
      actor,
      action: "departure-check.start",
      entity: "Placement",
      entityId: placement.id,
      villageCode: placement.villageCode,
      after: { checks: items.map((i) => ({ kind: i.kind, label: i.label, mandatory: i.mandatory })) },
      ip: meta.ip,
    });
    return { placementId: placement.id, created: count };
  });
}
