import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { maskNik, seesIdentifiers } from "@/lib/registry/mask";
import { UUID } from "@/lib/users/uuid";
import { decodeConsenter } from "../checklist/rules";
import { publicLetterUrl } from "./letter-url";
import type { LetterDocument } from "./render-letter-pdf";

/**
 * Everything the letter's PDF prints, for one letter of the actor's villages. The PDF holds
 * the worker's NIK: in clear for the village roles (who work with it daily), masked for BP3MI
 * staff (person:reveal-identifiers is their audited way to see one). Every download is an
 * audited read: the data is returned only once its audit entry is written.
 */
export async function getLetterDocument(actor: Actor, id: string, meta: { ip?: string | null } = {}): Promise<LetterDocument & { fileName: string }> {
  assertCan(actor, "letter:read");
  if (!UUID.test(id)) throw new NotFoundError("VillageLetter");
  // Read outside a transaction: Prisma runs the nested reads in parallel, which one
  // transaction's connection cannot do.
  const letter = await db.villageLetter.findFirst({
    where: { AND: [{ id }, villageScope(actor)] },
    select: {
      id: true,
      number: true,
      shortCode: true,
      villageCode: true,
      issuedAt: true,
      revokedAt: true,
      village: {
        select: {
          letterhead: true,
          headName: true,
          region: { select: { name: true, parent: { select: { name: true, parent: { select: { name: true, parent: { select: { name: true } } } } } } } },
        },
      },
      placement: {
        select: {
          id: true,
          recruiterName: true,
          recruiter: { select: { name: true } },
          country: { select: { nameId: true } },
          job: { select: { nameId: true } },
          person: { select: { name: true, nik: true, sex: true, birthPlace: true, birthDate: true, address: true, dusun: true, rt: true, rw: true } },
          departureChecks: {
            orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
            select: { kind: true, label: true, status: true, checkedAt: true, result: true, recruiter: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!letter) throw new NotFoundError("VillageLetter");
  await writeAudit(db, {
    actor,
    action: "village-letter.download",
    entity: "VillageLetter",
    entityId: letter.id,
    villageCode: letter.villageCode,
    after: { number: letter.number, nikShown: seesIdentifiers(actor.role) ? "clear" : "masked" },
    ip: meta.ip,
  });

  const { placement, village } = letter;
  const person = placement.person;
  const desa = village.region;
  const kecamatan = desa.parent;
  const kabupaten = kecamatan?.parent;
  const checks = placement.departureChecks;
  const consent = checks.find((c) => c.kind === "FAMILY_CONSENT");
  const recruiterCheck = checks.find((c) => c.kind === "RECRUITER_CHECK" && c.recruiter);
  return {
    fileName: `surat-${letter.number.replace(/[^A-Za-z0-9]+/g, "-")}.pdf`,
    number: letter.number,
    shortCode: letter.shortCode,
    publicUrl: publicLetterUrl(letter.shortCode),
    issuedAt: letter.issuedAt,
    revokedAt: letter.revokedAt,
    letterhead: (village.letterhead ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
    headName: village.headName?.trim() || null,
    place: { village: desa.name, district: kecamatan?.name ?? null, regency: kabupaten?.name ?? null, province: kabupaten?.parent?.name ?? null },
    worker: {
      name: person.name,
      nik: seesIdentifiers(actor.role) ? person.nik : maskNik(person.nik),
      sex: person.sex,
      birthPlace: person.birthPlace,
      birthDate: person.birthDate,
      address: [person.address, person.rt || person.rw ? `RT ${person.rt ?? "-"}/RW ${person.rw ?? "-"}` : null, person.dusun ? `Dusun ${person.dusun}` : null].filter(Boolean).join(", ") || null,
    },
    destination: { country: placement.country.nameId, job: placement.job.nameId, recruiter: recruiterCheck?.recruiter?.name ?? placement.recruiter?.name ?? placement.recruiterName ?? null },
    consenter: decodeConsenter(consent?.result),
    checks: checks.map((c) => ({ label: c.label, status: c.status, checkedAt: c.checkedAt })),
  };
}
