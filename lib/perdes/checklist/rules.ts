// The rules of a placement's pre-departure verification (docs/decisions/022). Pure: the data
// functions ask them before writing, the pages ask them what to show.

export const VERIFICATION_KINDS = ["FAMILY_CONSENT", "IDENTITY", "RECRUITER_CHECK", "JOB_ORDER", "DOCUMENTS", "SAFE_MIGRATION", "OTHER"] as const;
export type VerificationKind = (typeof VERIFICATION_KINDS)[number];

export const DEPARTURE_CHECK_STATUSES = ["PENDING", "DONE", "FAILED", "NOT_APPLICABLE"] as const;
export type DepartureCheckStatus = (typeof DEPARTURE_CHECK_STATUSES)[number];

/** The placement statuses in which the village still verifies (and may issue its letter). */
export const VERIFYING_STATUSES = ["PROSPECTIVE", "VERIFIED"] as const;

export function isVerifying(status: string): boolean {
  return (VERIFYING_STATUSES as readonly string[]).includes(status);
}

type CheckLike = { mandatory: boolean; status: DepartureCheckStatus };

/** A check that still stands in the way of the letter: mandatory and neither DONE nor NOT_APPLICABLE. */
export function isOutstanding(check: CheckLike): boolean {
  return check.mandatory && check.status !== "DONE" && check.status !== "NOT_APPLICABLE";
}

/** The mandatory checks not done yet, in their order. */
export function outstandingChecks<T extends CheckLike>(checks: readonly T[]): T[] {
  return checks.filter(isOutstanding);
}

/** Complete when checks were started and no mandatory one is outstanding. */
export function isVerificationComplete(checks: readonly CheckLike[]): boolean {
  return checks.length > 0 && outstandingChecks(checks).length === 0;
}

export function verificationProgress(checks: readonly CheckLike[]): { done: number; mandatory: number; total: number } {
  const mandatory = checks.filter((c) => c.mandatory);
  return { done: mandatory.filter((c) => !isOutstanding(c)).length, mandatory: mandatory.length, total: checks.length };
}

export const LICENCE_STATUSES = ["ACTIVE", "SUSPENDED", "REVOKED"] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

/** A recruiter check can pass only on an active licence; a suspended or revoked one fails it. */
export function recruiterCheckPasses(licence: LicenceStatus): boolean {
  return licence === "ACTIVE";
}

/**
 * The status actually recorded for a check: DONE on a recruiter whose licence is not active
 * is recorded as FAILED (the form says why).
 */
export function recordedStatus(kind: VerificationKind, wanted: DepartureCheckStatus, licence: LicenceStatus | null): DepartureCheckStatus {
  if (kind === "RECRUITER_CHECK" && wanted === "DONE" && licence !== null && !recruiterCheckPasses(licence)) return "FAILED";
  return wanted;
}

// FAMILY_CONSENT: who gave the permission of UU 18/2017 Pasal 13 huruf b (spouse, parent or
// guardian). Kept in DepartureCheck.result as JSON, since the letter names that person.
export const CONSENTER_RELATIONS = ["SPOUSE", "PARENT", "GUARDIAN"] as const;
export type ConsenterRelation = (typeof CONSENTER_RELATIONS)[number];
export type Consenter = { name: string; relation: ConsenterRelation };

export function encodeConsenter(consenter: Consenter): string {
  return JSON.stringify({ name: consenter.name, relation: consenter.relation });
}

/** The consenter stored on a FAMILY_CONSENT check, or null for anything else. */
export function decodeConsenter(result: string | null | undefined): Consenter | null {
  if (!result) return null;
  try {
    const value: unknown = JSON.parse(result);
    if (value && typeof value === "object") {
      const { name, relation } = value as Record<string, unknown>;
      if (typeof name === "string" && name && (CONSENTER_RELATIONS as readonly unknown[]).includes(relation)) return { name, relation: relation as ConsenterRelation };
    }
  } catch {
    // not JSON: an older or hand-written value
  }
  return null;
}

/** The licence status stored as a RECRUITER_CHECK's result, or null. */
export function decodeLicenceResult(result: string | null | undefined): LicenceStatus | null {
  return (LICENCE_STATUSES as readonly (string | null | undefined)[]).includes(result) ? (result as LicenceStatus) : null;
}

