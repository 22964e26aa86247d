import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";

// Shared by the placement data functions: the fields an audit entry records, and the
// lookups every write starts with.

export const AUDITED_PLACEMENT_FIELDS = {
  id: true,
  personId: true,
  villageCode: true,
  status: true,
  countryCode: true,
  jobCode: true,
  employer: true,
  recruiterName: true,
  agentName: true,
  agentPhone: true,
  sip2miNumber: true,
  channel: true,
  contractStart: true,
  contractEnd: true,
  departureDate: true,
  returnDate: true,
  contactAbroadName: true,
  contactAbroadPhone: true,
  checklistComplete: true,
  version: true,
} as const satisfies Prisma.PlacementSelect;

export type AuditedPlacement = Prisma.PlacementGetPayload<{ select: typeof AUDITED_PLACEMENT_FIELDS }>;

/** The placement if it is in the actor's villages; otherwise NotFound (its existence stays hidden). */
export async function findScopedPlacement(tx: Tx, actor: Actor, id: string): Promise<AuditedPlacement> {
  const placement = await tx.placement.findFirst({ where: { AND: [{ id }, villageScope(actor)] }, select: AUDITED_PLACEMENT_FIELDS });
  if (!placement) throw new NotFoundError("Placement");
  return placement;
}

/** The destination and job must be rows of the reference tables (a select can be tampered with). */
export async function assertPlacementReference(tx: Tx, countryCode: string, jobCode: string): Promise<void> {
  const [country, job] = await Promise.all([
    tx.country.findUnique({ where: { code: countryCode }, select: { code: true } }),
    tx.job.findUnique({ where: { code: jobCode }, select: { code: true } }),
  ]);
  if (!country) throw new FieldError("countryCode", "invalidChoice");
  if (!job) throw new FieldError("jobCode", "invalidChoice");
}
