import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import type { JobOrderInput } from "./schemas";

/** Records a job order and its recruitment permit (SIP2MI) for a company. */
export async function createJobOrder(actor: Actor, input: JobOrderInput, meta: { ip?: string | null } = {}): Promise<{ id: string }> {
  assertCan(actor, "recruiter:write");
  try {
    return await db.$transaction(async (tx: Tx) => {
      const [recruiter, country, job] = await Promise.all([
        tx.recruiter.findUnique({ where: { id: input.recruiterId }, select: { id: true } }),
        tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } }),
        tx.job.findUnique({ where: { code: input.jobCode }, select: { code: true } }),
      ]);
      if (!recruiter) throw new NotFoundError("Recruiter");
      if (!country) throw new FieldError("countryCode", "invalidChoice");
      if (!job) throw new FieldError("jobCode", "invalidChoice");
      const created = await tx.jobOrder.create({ data: input });
      await writeAudit(tx, {
        actor, action: "jobOrder.create", entity: "JobOrder", entityId: created.id,
        after: { sip2miNumber: created.sip2miNumber, recruiterId: created.recruiterId, countryCode: created.countryCode, jobCode: created.jobCode, quota: created.quota, validUntil: created.validUntil },
        ip: meta.ip,
      });
      return { id: created.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldError("sip2miNumber", "sip2miTaken");
    throw error;
  }
}
