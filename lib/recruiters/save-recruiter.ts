import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import type { RecruiterInput } from "./schemas";

type Meta = { ip?: string | null };

const AUDITED = { name: true, licenceNumber: true, address: true, phone: true, lastCheckedOn: true } as const;

/** A unique licence number already in use answers as a field error, not a crash. */
async function uniqueLicence<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldError("licenceNumber", "licenceTaken");
    throw error;
  }
}

/** Adds a placement company as ACTIVE; its first status is the start of its history. */
export async function createRecruiter(actor: Actor, input: RecruiterInput, meta: Meta = {}): Promise<{ id: string }> {
  assertCan(actor, "recruiter:write");
  return uniqueLicence(() =>
    db.$transaction(async (tx: Tx) => {
      const created = await tx.recruiter.create({
        data: { ...input, status: "ACTIVE", statusChanges: { create: { status: "ACTIVE", changedById: actor.id, note: null } } },
        select: { id: true, ...AUDITED },
      });
      const { id, ...after } = created;
      await writeAudit(tx, { actor, action: "recruiter.create", entity: "Recruiter", entityId: id, after, ip: meta.ip });
      return { id };
    }),
  );
}

/** Edits the company's details (not its status: see changeRecruiterStatus). */
export async function updateRecruiter(actor: Actor, input: RecruiterInput & { id: string }, meta: Meta = {}): Promise<{ id: string }> {
  assertCan(actor, "recruiter:write");
  const { id, ...data } = input;
  return uniqueLicence(() =>
    db.$transaction(async (tx: Tx) => {
      const before = await tx.recruiter.findUnique({ where: { id }, select: AUDITED });
      if (!before) throw new NotFoundError("Recruiter");
      const after = await tx.recruiter.update({ where: { id }, data: { ...data, version: { increment: 1 } }, select: AUDITED });
      await writeAudit(tx, { actor, action: "recruiter.update", entity: "Recruiter", entityId: id, before, after, ip: meta.ip });
      return { id };
    }),
  );
}
