import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { formatLetterNumber, generateLetterCode, initialsOf } from "../letter-number";
import { isVerifying, outstandingChecks } from "../checklist/rules";
import { findValidLetter, lockScopedPlacement } from "../checklist/verification-access";
import { issueLetterSchema } from "./schemas";

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** A check code no letter has yet (a clash is about one in 10^12; asked anyway). */
async function freshCode(tx: Tx): Promise<string> {
  for (;;) {
    const code = generateLetterCode();
    if (!(await tx.villageLetter.findUnique({ where: { shortCode: code }, select: { id: true } }))) return code;
  }
}

/**
 * Issues the village's recommendation / family-consent letter for a placement (village
 * officials only, letter:issue). Refused, with the list of what is missing, while any
 * mandatory check is neither DONE nor NOT_APPLICABLE or no checks were started; refused when
 * the placement already has a valid letter. The number runs per village and year (WIB) from
 * VillageLetterCounter in the same transaction, so a refusal uses no number.
 */
export async function issueVillageLetter(actor: Actor, rawInput: { placementId: string }, meta: { ip?: string | null; now?: Date } = {}): Promise<{ id: string; number: string; shortCode: string }> {
  const input = issueLetterSchema.parse(rawInput);
  assertCan(actor, "letter:issue");
  const now = meta.now ?? new Date();
  return db.$transaction(async (tx) => {
    const placement = await lockScopedPlacement(tx, actor, input.placementId);
    if (!isVerifying(placement.status)) throw new FieldError("_form", "verification:placementNotVerifying");
    if (await findValidLetter(tx, placement.id)) throw new FieldError("_form", "verification:letterExists");
    const checks = await tx.departureCheck.findMany({ where: { placementId: placement.id }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: { label: true, mandatory: true, status: true } });
    if (checks.length === 0) throw new FieldError("_form", "verification:checksNotStarted");
    const missing = outstandingChecks(checks).map((c) => c.label);
    if (missing.length > 0) throw new FieldError("_form", "verification:checksIncomplete", { missing });

    // One query at a time: a transaction is one connection.
    const village = await tx.village.findUniqueOrThrow({ where: { code: placement.villageCode }, select: { code: true, letterCode: true } });
    const person = await tx.person.findUniqueOrThrow({ where: { id: placement.personId }, select: { name: true } });
    const wib = new Date(now.getTime() + WIB_OFFSET_MS);
    const year = wib.getUTCFullYear();
    const counter = await tx.villageLetterCounter.upsert({
      where: { villageCode_year: { villageCode: village.code, year } },
      create: { villageCode: village.code, year, last: 1 },
      update: { last: { increment: 1 } },
    });
    // Without a letter code of its own, the village's Kemendagri code keeps numbers apart.
    const number = formatLetterNumber(counter.last, village.letterCode?.trim() || village.code, wib.getUTCMonth() + 1, year);
    const letter = await tx.villageLetter.create({
      data: {
        villageCode: village.code,
        placementId: placement.id,
        year,
        seq: counter.last,
        number,
        shortCode: await freshCode(tx),
        workerInitials: initialsOf(person.name),
        issuedAt: now,
        issuedById: actor.id,
      },
      select: { id: true, number: true, shortCode: true, placementId: true, year: true, seq: true, workerInitials: true, issuedAt: true },
    });
    await writeAudit(tx, { actor, action: "village-letter.issue", entity: "VillageLetter", entityId: letter.id, villageCode: village.code, after: letter, ip: meta.ip });
    return { id: letter.id, number: letter.number, shortCode: letter.shortCode };
  });
}
