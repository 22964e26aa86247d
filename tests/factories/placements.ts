// Placements, checklist items and check-ins for tests, the demo seed and e2e fixtures,
// inserted straight through Prisma. Framework-free: pass any PrismaClient. Person.current*
// is kept right through the same refreshCurrentPlacement the app uses.
import type { CheckIn, ContactMethod, Placement, PlacementChannel, PlacementStatus, PrismaClient, RequirementStatus, Wellbeing } from "../../lib/db/generated/client";
import { refreshCurrentPlacement } from "../../lib/placements/refresh-current-placement";
import { isChecklistComplete, REQUIREMENT_CODES, type RequirementCode } from "../../lib/placements/requirements";

type Db = Pick<PrismaClient, "person" | "placement" | "placementRequirement" | "checkIn" | "country" | "job">;

// The reference rows tests use, as the migration inserts them. resetDatabase() and the e2e
// global setup empty Country and Job, so factories put back what they need.
const COUNTRIES = {
  HK: { nameId: "Hong Kong", nameEn: "Hong Kong", moratoriumHousehold: false },
  TW: { nameId: "Taiwan", nameEn: "Taiwan", moratoriumHousehold: false },
  MY: { nameId: "Malaysia", nameEn: "Malaysia", moratoriumHousehold: false },
  JP: { nameId: "Jepang", nameEn: "Japan", moratoriumHousehold: false },
  SG: { nameId: "Singapura", nameEn: "Singapore", moratoriumHousehold: false },
  KR: { nameId: "Korea Selatan", nameEn: "South Korea", moratoriumHousehold: false },
  SA: { nameId: "Arab Saudi", nameEn: "Saudi Arabia", moratoriumHousehold: true },
} as const;
const JOBS = {
  HOUSEKEEPER: { nameId: "Pengurus rumah tangga", nameEn: "Housekeeper", sector: "INFORMAL", zeroCost: true, household: true, sortOrder: 10 },
  ELDERLY_CARER: { nameId: "Pengasuh lansia", nameEn: "Elderly carer", sector: "INFORMAL", zeroCost: true, household: true, sortOrder: 30 },
  PLANTATION_WORKER: { nameId: "Petugas ladang/perkebunan", nameEn: "Field or plantation worker", sector: "FORMAL", zeroCost: true, household: false, sortOrder: 90 },
  FISHING_CREW: { nameId: "Awak kapal perikanan migran", nameEn: "Migrant fishing crew", sector: "MARITIME", zeroCost: true, household: false, sortOrder: 100 },
  FACTORY_WORKER: { nameId: "Operator pabrik", nameEn: "Factory worker", sector: "FORMAL", zeroCost: false, household: false, sortOrder: 110 },
  CAREGIVER_INSTITUTION: { nameId: "Perawat/caregiver di panti atau rumah sakit", nameEn: "Caregiver in a care home or hospital", sector: "FORMAL", zeroCost: false, household: false, sortOrder: 130 },
} as const;
export type TestCountryCode = keyof typeof COUNTRIES;
export type TestJobCode = keyof typeof JOBS;

/** Inserts the destination countries and jobs above when missing (leaves existing rows alone). */
export async function ensurePlacementReference(db: Pick<PrismaClient, "country" | "job">): Promise<void> {
  for (const [code, c] of Object.entries(COUNTRIES)) await db.country.upsert({ where: { code }, update: {}, create: { code, ...c } });
  for (const [code, j] of Object.entries(JOBS)) await db.job.upsert({ where: { code }, update: {}, create: { code, ...j } });
}

export type TestPlacementOptions = {
  personId: string;
  /** Defaults to the person's village. */
  villageCode?: string;
  status?: PlacementStatus;
  countryCode?: TestCountryCode;
  jobCode?: TestJobCode;
  channel?: PlacementChannel;
  employer?: string | null;
  recruiterName?: string | null;
  agentName?: string | null;
  contractStart?: Date | null;
  contractEnd?: Date | null;
  departureDate?: Date | null;
  returnDate?: Date | null;
  lastContactAt?: Date | null;
  createdAt?: Date;
  /** "missing" (default), "verified" (complete), or the status of some items (the rest MISSING). */
  checklist?: "missing" | "verified" | Partial<Record<RequirementCode, RequirementStatus>>;
  /** Recorded as the verifier of VERIFIED items. */
  verifiedById?: string | null;
};

export async function createTestPlacement(db: Db, opts: TestPlacementOptions): Promise<Placement> {
  const { personId, checklist = "missing", verifiedById = null, ...fields } = opts;
  const person = await db.person.findUniqueOrThrow({ where: { id: personId }, select: { villageCode: true } });
  await ensurePlacementReference(db);
  const statusOf = (code: RequirementCode): RequirementStatus =>
    checklist === "missing" ? "MISSING" : checklist === "verified" ? "VERIFIED" : (checklist[code] ?? "MISSING");
  const items = REQUIREMENT_CODES.map((code) => ({ code, status: statusOf(code) }));
  const itemDate = fields.departureDate ?? new Date(Date.UTC(2026, 0, 5));

  const placement = await db.placement.create({
    data: {
      personId,
      villageCode: fields.villageCode ?? person.villageCode,
      status: fields.status ?? "PROSPECTIVE",
      countryCode: fields.countryCode ?? "HK",
      jobCode: fields.jobCode ?? "HOUSEKEEPER",
      channel: fields.channel ?? "P3MI",
      employer: fields.employer ?? null,
      recruiterName: fields.recruiterName === undefined ? "PT Sinar Jaya Abadi" : fields.recruiterName,
      agentName: fields.agentName ?? null,
      contractStart: fields.contractStart ?? null,
      contractEnd: fields.contractEnd ?? null,
      departureDate: fields.departureDate ?? null,
      returnDate: fields.returnDate ?? null,
      lastContactAt: fields.lastContactAt ?? null,
      checklistComplete: isChecklistComplete(items),
      ...(fields.createdAt ? { createdAt: fields.createdAt } : {}),
      requirements: {
        createMany: {
          data: items.map((i) => ({
            ...i,
            date: i.status === "MISSING" ? null : itemDate,
            verifiedById: i.status === "VERIFIED" ? verifiedById : null,
          })),
        },
      },
    },
  });
  await refreshCurrentPlacement(db, personId);
  return placement;
}

export type TestCheckInOptions = {
  placementId: string;
  contactedAt: Date;
  method?: ContactMethod;
  wellbeing?: Wellbeing;
  note?: string | null;
  recordedById?: string | null;
};

/** A check-in, moving the placement's lastContactAt forward as the app does. */
export async function createTestCheckIn(db: Db, opts: TestCheckInOptions): Promise<CheckIn> {
  const placement = await db.placement.findUniqueOrThrow({ where: { id: opts.placementId }, select: { personId: true, villageCode: true } });
  const checkIn = await db.checkIn.create({
    data: {
      placementId: opts.placementId,
      personId: placement.personId,
      villageCode: placement.villageCode,
      contactedAt: opts.contactedAt,
      method: opts.method ?? "WHATSAPP",
      wellbeing: opts.wellbeing ?? "WELL",
      note: opts.note ?? null,
      recordedById: opts.recordedById ?? null,
    },
  });
  await db.placement.updateMany({
    where: { id: opts.placementId, OR: [{ lastContactAt: null }, { lastContactAt: { lt: opts.contactedAt } }] },
    data: { lastContactAt: opts.contactedAt },
  });
  return checkIn;
}
