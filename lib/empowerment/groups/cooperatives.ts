import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, ForbiddenError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "@/lib/placements/dates";
import { FieldError } from "@/lib/validation/errors";
import { createCooperativeSchema } from "./schemas";

// Cooperatives (koperasi) that a village's groups can belong to: created by the village's
// organizers and officials, the name unique in the village.

type Meta = { ip?: string | null; now?: Date };

export type CooperativeRow = { id: string; villageCode: string; villageName: string; name: string; registrationNumber: string | null; foundedOn: Date | null; groups: number };

export async function createCooperative(actor: Actor, rawInput: unknown, meta: Meta = {}): Promise<{ id: string }> {
  assertCan(actor, "group:write");
  const fields = createCooperativeSchema.parse(rawInput);
  const villageCode = actor.villageCode;
  if (!villageCode) throw new ForbiddenError("group:write");
  if (fields.foundedOn && fields.foundedOn.getTime() > todayWib(meta.now).getTime()) throw new FieldError("foundedOn", "groups:dateInFuture");
  try {
    return await db.$transaction(async (tx) => {
      const taken = await tx.cooperative.findFirst({ where: { villageCode, name: { equals: fields.name, mode: "insensitive" } }, select: { id: true } });
      if (taken) throw new FieldError("name", "groups:cooperativeNameTaken");
      const created = await tx.cooperative.create({ data: { ...fields, villageCode }, select: { id: true, villageCode: true, name: true, registrationNumber: true, foundedOn: true } });
      await writeAudit(tx, { actor, action: "cooperative.create", entity: "Cooperative", entityId: created.id, villageCode, after: created, ip: meta.ip });
      return { id: created.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldError("name", "groups:cooperativeNameTaken");
    throw error;
  }
}

/** The cooperatives of the actor's villages (or one of them), by village and name. */
export async function listCooperatives(actor: Actor, filter: { villageCode?: string } = {}): Promise<CooperativeRow[]> {
  assertCan(actor, "group:read");
  const found = await db.cooperative.findMany({
    where: { AND: [villageScope(actor), filter.villageCode ? { villageCode: filter.villageCode } : {}] },
    select: { id: true, villageCode: true, name: true, registrationNumber: true, foundedOn: true, village: { select: { region: { select: { name: true } } } }, _count: { select: { groups: true } } },
    orderBy: [{ villageCode: "asc" }, { name: "asc" }],
    take: 500,
  });
  return found.map(({ village, _count, ...c }) => ({ ...c, villageName: village.region.name, groups: _count.groups }));
}
