import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, ForbiddenError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "@/lib/placements/dates";
import { FieldError } from "@/lib/validation/errors";
import { AUDITED_REGULATION_FIELDS, findScopedRegulation } from "./regulation-access";
import { createRegulationSchema, updateRegulationSchema, type CreateRegulationInput } from "./schemas";

type Meta = { ip?: string | null; now?: Date };

/** The same number in the same year of the same village answers on the number field. */
async function uniqueNumber<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldError("number", "perdes:regulationNumberTaken");
    throw error;
  }
}

/** Rules between fields: an enacted regulation has its enactment date, in its year, not in the future. */
function checkDates(fields: CreateRegulationInput, now: Date | undefined): void {
  if (fields.status !== "DRAFT" && !fields.enactedOn) throw new FieldError("enactedOn", "perdes:enactedOnRequired");
  if (!fields.enactedOn) return;
  if (fields.enactedOn.getTime() > todayWib(now).getTime()) throw new FieldError("enactedOn", "perdes:enactedOnInFuture");
  if (fields.enactedOn.getUTCFullYear() !== fields.year) throw new FieldError("enactedOn", "perdes:enactedOnOtherYear");
}

async function assertNumberFree(tx: Tx, villageCode: string, fields: { year: number; number: string }, exceptId?: string): Promise<void> {
  const taken = await tx.villageRegulation.findFirst({
    where: { villageCode, year: fields.year, number: fields.number, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new FieldError("number", "perdes:regulationNumberTaken");
}

/** A new regulation of the official's own village (regulation:write). */
export async function createRegulation(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ id: string }> {
  assertCan(actor, "regulation:write");
  const fields = createRegulationSchema.parse(rawInput);
  // regulation:write is a village role's: the village is the actor's own, never an input.
  const villageCode = actor.villageCode;
  if (!villageCode) throw new ForbiddenError("regulation:write");
  checkDates(fields, meta.now);
  return uniqueNumber(() =>
    db.$transaction(async (tx) => {
      await assertNumberFree(tx, villageCode, fields);
      const created = await tx.villageRegulation.create({ data: { ...fields, villageCode, createdById: actor.id }, select: AUDITED_REGULATION_FIELDS });
      await writeAudit(tx, { actor, action: "regulation.create", entity: "VillageRegulation", entityId: created.id, villageCode, after: created, ip: meta.ip });
      return { id: created.id };
    }),
  );
}

/**
 * Saves a regulation's number, year, title, status and enactment date. The form carries the
 * version it was loaded with; when someone saved in between, nothing is written.
 */
export async function updateRegulation(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ id: string; version: number }> {
  assertCan(actor, "regulation:write");
  const { id, version, ...fields } = updateRegulationSchema.parse(rawInput);
  return uniqueNumber(() =>
    db.$transaction(async (tx) => {
      const before = await findScopedRegulation(tx, actor, id);
      if (before.version !== version) throw new FieldError("_form", "perdes:versionConflict");
      checkDates(fields, meta.now);
      await assertNumberFree(tx, before.villageCode, fields, id);
      const { count } = await tx.villageRegulation.updateMany({
        where: { AND: [{ id, version }, villageScope(actor)] },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count === 0) throw new FieldError("_form", "perdes:versionConflict");
      const after = await tx.villageRegulation.findUniqueOrThrow({ where: { id }, select: AUDITED_REGULATION_FIELDS });
      await writeAudit(tx, { actor, action: "regulation.update", entity: "VillageRegulation", entityId: id, villageCode: after.villageCode, before, after, ip: meta.ip });
      return { id, version: after.version };
    }),
  );
}
