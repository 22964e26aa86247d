import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { REQUIREMENT_CODES } from "@/lib/placements/requirements";
import { UUID } from "@/lib/users/uuid";
import { articlePath } from "../regulations/article-anchor";
import { decodeConsenter, decodeLicenceResult, isVerificationComplete, isVerifying, outstandingChecks, verificationProgress } from "./rules";

/** The Pasal 13 documents of the placement's own checklist (lib/placements/requirements.ts). */
const PASAL_13 = "P13_";
const PASAL_13_COUNT = REQUIREMENT_CODES.filter((c) => c.startsWith(PASAL_13)).length;

/**
 * A placement's pre-departure verification for the verification page: its checks (in order,
 * with checker names, the recruiter checked, the person who consented and the Perdes article),
 * how many Pasal 13 documents are verified, the safe-migration sessions the person attended,
 * and the placement's letters. Outside the actor's villages: NotFound.
 */
export async function getDepartureVerification(actor: Actor, placementId: string) {
  assertCan(actor, "departure-check:read");
  if (!UUID.test(placementId)) throw new NotFoundError("Placement");
  const placement = await db.placement.findFirst({
    where: { AND: [{ id: placementId }, villageScope(actor)] },
    select: {
      id: true,
      villageCode: true,
      status: true,
      recruiterId: true,
      recruiterName: true,
      departureDate: true,
      person: { select: { id: true, name: true } },
      country: { select: { nameId: true, nameEn: true } },
      job: { select: { nameId: true, nameEn: true } },
      requirements: { where: { code: { startsWith: PASAL_13 } }, select: { status: true } },
      departureChecks: {
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          label: true,
          legalBasis: true,
          mandatory: true,
          status: true,
          evidenceNote: true,
          result: true,
          checkedById: true,
          checkedAt: true,
          version: true,
          recruiter: { select: { id: true, name: true, licenceNumber: true, status: true } },
          item: { select: { article: { select: { number: true, regulationId: true } } } },
        },
      },
      letters: { orderBy: [{ issuedAt: "desc" }, { id: "desc" }], select: { id: true, number: true, issuedAt: true, revokedAt: true } },
    },
  });
  if (!placement) throw new NotFoundError("Placement");

  const checkerIds = [...new Set(placement.departureChecks.map((c) => c.checkedById).filter((id): id is string => !!id))];
  const [checkers, sessions] = await Promise.all([
    checkerIds.length ? db.user.findMany({ where: { id: { in: checkerIds } }, select: { id: true, name: true } }) : [],
    // Sessions are another part's records: read straight from the tables (topic SAFE_MIGRATION).
    db.sessionAttendance.findMany({
      where: { personId: placement.person.id, session: { topic: "SAFE_MIGRATION" } },
      orderBy: { session: { heldOn: "desc" } },
      take: 10,
      select: { session: { select: { id: true, heldOn: true, title: true, villageCode: true } } },
    }),
  ]);
  const names = new Map(checkers.map((u) => [u.id, u.name]));
  const checks = placement.departureChecks.map(({ item, checkedById, result, ...c }) => ({
    ...c,
    checkedByName: checkedById ? (names.get(checkedById) ?? null) : null,
    licenceAtCheck: c.kind === "RECRUITER_CHECK" ? decodeLicenceResult(result) : null,
    consenter: c.kind === "FAMILY_CONSENT" ? decodeConsenter(result) : null,
    article: item.article ? { number: item.article.number, href: articlePath(placement.villageCode, item.article.regulationId, item.article.number) } : null,
  }));
  const validLetter = placement.letters.find((l) => l.revokedAt === null) ?? null;
  const { id, villageCode, status, recruiterId, recruiterName, departureDate, person, country, job, requirements, letters } = placement;
  return {
    placement: { id, villageCode, status, recruiterId, recruiterName, departureDate, person, country, job },
    checks,
    started: checks.length > 0,
    verifying: isVerifying(placement.status),
    progress: verificationProgress(checks),
    outstanding: outstandingChecks(checks).map((c) => c.label),
    complete: isVerificationComplete(checks),
    documents: { verified: requirements.filter((r) => r.status === "VERIFIED").length, total: PASAL_13_COUNT },
    safeMigrationSessions: sessions.map((s) => s.session),
    letters,
    validLetter,
  };
}

export type DepartureVerification = Awaited<ReturnType<typeof getDepartureVerification>>;
export type DepartureCheckView = DepartureVerification["checks"][number];

/** For the placement page: how far the village verification is, and the valid letter if any. */
export async function getVerificationSummary(actor: Actor, placementId: string) {
  assertCan(actor, "departure-check:read");
  if (!UUID.test(placementId)) throw new NotFoundError("Placement");
  const placement = await db.placement.findFirst({
    where: { AND: [{ id: placementId }, villageScope(actor)] },
    select: {
      departureChecks: { select: { mandatory: true, status: true } },
      letters: { where: { revokedAt: null }, select: { id: true, number: true, issuedAt: true }, take: 1 },
    },
  });
  if (!placement) throw new NotFoundError("Placement");
  return { started: placement.departureChecks.length > 0, progress: verificationProgress(placement.departureChecks), validLetter: placement.letters[0] ?? null };
}
