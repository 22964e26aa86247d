// Recruiters, job orders, agents, reports and the rule data they need, for tests, the demo
// seed and e2e fixtures, inserted straight through Prisma. Framework-free: pass any PrismaClient.
import { randomUUID } from "node:crypto";
import type { Agent, JobOrder, LicenceStatus, PrismaClient, Recruiter, ReportStatus, SuspensionScope, SuspiciousReport } from "../../lib/db/generated/client";
import { generateReportCode } from "../../lib/reports/code";
import { normalisePhone } from "../../lib/recruiters/phone";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// The rule data as the migrations insert it. resetDatabase() and the e2e global setup empty
// Country and Job, so tests and the seed put back what they use (existing rows are left alone).
const MORATORIUM = "Kepmenaker No. 260 Tahun 2015";
const ZERO_COST = "Peraturan BP2MI No. 9 Tahun 2020";
const COUNTRIES: [string, string, string, boolean][] = [
  ["HK", "Hong Kong", "Hong Kong", false], ["TW", "Taiwan", "Taiwan", false], ["MY", "Malaysia", "Malaysia", false],
  ["SG", "Singapura", "Singapore", false], ["JP", "Jepang", "Japan", false], ["KR", "Korea Selatan", "South Korea", false],
  ["SA", "Arab Saudi", "Saudi Arabia", true], ["AE", "Uni Emirat Arab", "United Arab Emirates", true], ["QA", "Qatar", "Qatar", true], ["KW", "Kuwait", "Kuwait", true],
];
const JOBS: [string, string, string, "FORMAL" | "INFORMAL" | "MARITIME", boolean, boolean, number][] = [
  ["HOUSEKEEPER", "Pengurus rumah tangga", "Housekeeper", "INFORMAL", true, true, 10],
  ["BABY_CARER", "Pengasuh bayi", "Baby carer", "INFORMAL", true, true, 20],
  ["ELDERLY_CARER", "Pengasuh lansia", "Elderly carer", "INFORMAL", true, true, 30],
  ["COOK", "Juru masak", "Cook", "INFORMAL", true, true, 40],
  ["FAMILY_DRIVER", "Sopir keluarga", "Family driver", "INFORMAL", true, true, 50],
  ["GARDENER", "Perawat taman", "Gardener", "INFORMAL", true, true, 60],
  ["CHILD_CARER", "Pengasuh anak", "Child carer", "INFORMAL", true, true, 70],
  ["CLEANER", "Petugas kebersihan", "Cleaner", "FORMAL", true, false, 80],
  ["PLANTATION_WORKER", "Petugas ladang/perkebunan", "Field or plantation worker", "FORMAL", true, false, 90],
  ["FISHING_CREW", "Awak kapal perikanan migran", "Migrant fishing crew", "MARITIME", true, false, 100],
  ["FACTORY_WORKER", "Operator pabrik", "Factory worker", "FORMAL", false, false, 110],
  ["CAREGIVER_INSTITUTION", "Perawat/caregiver di panti atau rumah sakit", "Caregiver in a care home or hospital", "FORMAL", false, false, 130],
];

/** Inserts the countries and jobs above when missing. */
export async function ensureRuleReference(db: Pick<PrismaClient, "country" | "job">): Promise<void> {
  const checked = day("2026-11-29");
  for (const [code, nameId, nameEn, moratoriumHousehold] of COUNTRIES) {
    const rule = moratoriumHousehold ? { legalBasis: MORATORIUM, lastCheckedOn: checked } : {};
    await db.country.upsert({ where: { code }, update: {}, create: { code, nameId, nameEn, moratoriumHousehold, ...rule } });
  }
  for (const [code, nameId, nameEn, sector, zeroCost, household, sortOrder] of JOBS) {
    const rule = zeroCost ? { legalBasis: ZERO_COST, lastCheckedOn: checked } : {};
    await db.job.upsert({ where: { code }, update: {}, create: { code, nameId, nameEn, sector, zeroCost, household, sortOrder, ...rule } });
  }
}

export type TestRecruiterOptions = {
  name?: string;
  licenceNumber?: string;
  address?: string | null;
  status?: LicenceStatus;
  suspendedFrom?: string | null;
  suspendedUntil?: string | null;
  suspensionScope?: SuspensionScope | null;
  decree?: string | null;
  decreeOn?: string | null;
  lastCheckedOn?: string;
};

/** A recruiter with its first status in the history. */
export async function createTestRecruiter(db: Pick<PrismaClient, "recruiter">, opts: TestRecruiterOptions = {}): Promise<Recruiter> {
  const status = opts.status ?? "ACTIVE";
  const fields = {
    status,
    suspendedFrom: opts.suspendedFrom ? day(opts.suspendedFrom) : null,
    suspendedUntil: opts.suspendedUntil ? day(opts.suspendedUntil) : null,
    suspensionScope: opts.suspensionScope ?? (status === "SUSPENDED" ? "FULL" : null),
  };
  const decreeOn = opts.decreeOn ? day(opts.decreeOn) : null;
  return db.recruiter.create({
    data: {
      name: opts.name ?? `PT Uji Karya ${randomUUID().slice(0, 6)}`,
      licenceNumber: opts.licenceNumber ?? `B.${randomUUID().slice(0, 6)}/KA/2024`,
      address: opts.address ?? "Jl. Raya Serang No. 1, Kota Serang",
      ...fields,
      statusDecree: opts.decree ?? null,
      statusDecreeOn: decreeOn,
      lastCheckedOn: day(opts.lastCheckedOn ?? "2026-11-12"),
      statusChanges: { create: { ...fields, decree: opts.decree ?? null, decreeOn } },
    },
  });
}

export async function createTestJobOrder(
  db: Pick<PrismaClient, "jobOrder">,
  opts: { recruiterId: string; sip2miNumber?: string; countryCode?: string; jobCode?: string; quota?: number; validUntil?: string },
): Promise<JobOrder> {
  return db.jobOrder.create({
    data: {
      recruiterId: opts.recruiterId,
      sip2miNumber: opts.sip2miNumber ?? `KEP.${randomUUID().slice(0, 6)}/PP/2026`,
      countryCode: opts.countryCode ?? "TW",
      jobCode: opts.jobCode ?? "FACTORY_WORKER",
      quota: opts.quota ?? 20,
      validUntil: day(opts.validUntil ?? "2027-06-30"),
      lastCheckedOn: day("2026-11-12"),
    },
  });
}

export async function createTestAgent(
  db: Pick<PrismaClient, "agent">,
  opts: { name?: string; phone?: string | null; claimedRecruiterId?: string | null; claimedCompanyName?: string | null; villageCode?: string | null; watchlisted?: boolean; watchlistReason?: string | null } = {},
): Promise<Agent> {
  const watchlisted = opts.watchlisted ?? false;
  return db.agent.create({
    data: {
      name: opts.name ?? `Agen Uji ${randomUUID().slice(0, 6)}`,
      phone: normalisePhone(opts.phone ?? null),
      claimedRecruiterId: opts.claimedRecruiterId ?? null,
      claimedCompanyName: opts.claimedCompanyName ?? null,
      villageCode: opts.villageCode ?? null,
      watchlisted,
      watchlistReason: watchlisted ? (opts.watchlistReason ?? "Dilaporkan warga beberapa kali.") : null,
    },
  });
}

export async function createTestReport(
  db: Pick<PrismaClient, "suspiciousReport">,
  opts: { villageCode: string; what?: string; agentName?: string | null; recruiterName?: string | null; phone?: string | null; place?: string | null; status?: ReportStatus; publicNote?: string | null; createdAt?: Date },
): Promise<SuspiciousReport> {
  return db.suspiciousReport.create({
    data: {
      code: generateReportCode(),
      villageCode: opts.villageCode,
      what: opts.what ?? "Menawarkan kerja ke luar negeri dengan visa kunjungan.",
      agentName: opts.agentName ?? null,
      recruiterName: opts.recruiterName ?? null,
      phone: normalisePhone(opts.phone ?? null),
      place: opts.place ?? null,
      status: opts.status ?? "NEW",
      publicNote: opts.publicNote ?? null,
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
    },
  });
}
