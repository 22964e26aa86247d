import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { optionalText } from "@/lib/validation/fields";

const PROFILE_FIELDS = { officeAddress: true, officePhone: true, kkbmContactName: true, kkbmPhone: true, letterhead: true, headName: true, letterCode: true } as const;

const phone = z
  .string()
  .trim()
  .max(30, "tooLong")
  .refine((s) => s === "" || /^\+?[0-9 ()-]{6,30}$/.test(s), "invalidFormat")
  .transform((s) => (s === "" ? null : s))
  .nullable()
  .optional()
  .transform((s) => s ?? null);

export const villageProfileSchema = z.object({
  officeAddress: optionalText(300),
  officePhone: phone,
  kkbmContactName: optionalText(100),
  kkbmPhone: phone,
  /** Up to five lines, printed centred at the top of village letters. */
  letterhead: optionalText(400).refine((s) => s === null || s.split(/\r?\n/).length <= 5, "villages:letterheadLines"),
  headName: optionalText(100),
  /** The village's part of the letter number, e.g. DS-LTR in 470/001/DS-LTR/XII/2026. */
  letterCode: optionalText(20).refine((s) => s === null || /^[A-Z0-9][A-Z0-9.-]{0,19}$/.test(s), "villages:letterCodeFormat"),
});

export type VillageProfile = { code: string; name: string } & Record<keyof typeof PROFILE_FIELDS, string | null>;

/** The actor's own village's profile (village roles only: they have one village). */
export async function getVillageProfile(actor: Actor): Promise<VillageProfile> {
  if (!actor.villageCode) throw new NotFoundError("Village");
  const village = await db.village.findUnique({ where: { code: actor.villageCode }, select: { code: true, region: { select: { name: true } }, ...PROFILE_FIELDS } });
  if (!village) throw new NotFoundError("Village");
  const { region, ...rest } = village;
  return { ...rest, name: region.name };
}

/** A village official updates their village's contacts and letter settings; audited. */
export async function updateVillageProfile(actor: Actor, raw: unknown, meta: { ip?: string | null } = {}): Promise<void> {
  const input = villageProfileSchema.parse(raw);
  assertCan(actor, "village:profile-write");
  if (!actor.villageCode) throw new NotFoundError("Village");
  const code = actor.villageCode;
  await db.$transaction(async (tx) => {
    const before = await tx.village.findUnique({ where: { code }, select: PROFILE_FIELDS });
    if (!before) throw new NotFoundError("Village");
    const letterhead = input.letterhead?.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join("\n") || null;
    const after = await tx.village.update({ where: { code }, data: { ...input, letterhead }, select: PROFILE_FIELDS });
    await writeAudit(tx, { actor, action: "village.profile", entity: "Village", entityId: code, villageCode: code, before, after, ip: meta.ip });
  });
}
