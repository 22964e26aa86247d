-- CreateEnum
CREATE TYPE "LicenceStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'REVOKED');

-- CreateEnum
CREATE TYPE "SuspensionScope" AS ENUM ('PARTIAL', 'FULL');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('NEW', 'IN_REVIEW', 'LINKED', 'CLOSED');

-- AlterTable
ALTER TABLE "Village" ADD COLUMN     "kkbmContactName" TEXT,
ADD COLUMN     "kkbmPhone" TEXT,
ADD COLUMN     "officeAddress" TEXT,
ADD COLUMN     "officePhone" TEXT;

-- AlterTable
ALTER TABLE "Country" ADD COLUMN     "destination" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "lastCheckedOn" DATE,
ADD COLUMN     "legalBasis" TEXT;

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "lastCheckedOn" DATE,
ADD COLUMN     "legalBasis" TEXT;

-- AlterTable
ALTER TABLE "Placement" ADD COLUMN     "recruiterId" UUID;

-- CreateTable
CREATE TABLE "Recruiter" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "licenceNumber" TEXT NOT NULL,
    "address" TEXT,
    "phone" TEXT,
    "status" "LicenceStatus" NOT NULL DEFAULT 'ACTIVE',
    "suspendedFrom" DATE,
    "suspendedUntil" DATE,
    "suspensionScope" "SuspensionScope",
    "statusDecree" TEXT,
    "statusDecreeOn" DATE,
    "lastCheckedOn" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Recruiter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecruiterStatusChange" (
    "id" BIGSERIAL NOT NULL,
    "recruiterId" UUID NOT NULL,
    "status" "LicenceStatus" NOT NULL,
    "suspendedFrom" DATE,
    "suspendedUntil" DATE,
    "suspensionScope" "SuspensionScope",
    "decree" TEXT,
    "decreeOn" DATE,
    "note" TEXT,
    "changedById" UUID,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecruiterStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobOrder" (
    "id" UUID NOT NULL,
    "sip2miNumber" TEXT NOT NULL,
    "recruiterId" UUID NOT NULL,
    "countryCode" TEXT NOT NULL,
    "jobCode" TEXT NOT NULL,
    "quota" INTEGER NOT NULL,
    "validUntil" DATE NOT NULL,
    "lastCheckedOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "JobOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agent" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "claimedRecruiterId" UUID,
    "claimedCompanyName" TEXT,
    "villageCode" TEXT,
    "watchlisted" BOOLEAN NOT NULL DEFAULT false,
    "watchlistReason" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuspiciousReport" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "recruiterName" TEXT,
    "agentName" TEXT,
    "phone" TEXT,
    "place" TEXT,
    "reporterContact" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'NEW',
    "publicNote" TEXT,
    "agentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SuspiciousReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Recruiter_licenceNumber_key" ON "Recruiter"("licenceNumber");

-- CreateIndex
CREATE INDEX "RecruiterStatusChange_recruiterId_changedAt_idx" ON "RecruiterStatusChange"("recruiterId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobOrder_sip2miNumber_key" ON "JobOrder"("sip2miNumber");

-- CreateIndex
CREATE INDEX "JobOrder_recruiterId_idx" ON "JobOrder"("recruiterId");

-- CreateIndex
CREATE INDEX "Agent_phone_idx" ON "Agent"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "SuspiciousReport_code_key" ON "SuspiciousReport"("code");

-- CreateIndex
CREATE INDEX "SuspiciousReport_villageCode_createdAt_idx" ON "SuspiciousReport"("villageCode", "createdAt");

-- CreateIndex
CREATE INDEX "SuspiciousReport_phone_idx" ON "SuspiciousReport"("phone");

-- CreateIndex
CREATE INDEX "RateLimitHit_key_at_idx" ON "RateLimitHit"("key", "at");

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_recruiterId_fkey" FOREIGN KEY ("recruiterId") REFERENCES "Recruiter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecruiterStatusChange" ADD CONSTRAINT "RecruiterStatusChange_recruiterId_fkey" FOREIGN KEY ("recruiterId") REFERENCES "Recruiter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_recruiterId_fkey" FOREIGN KEY ("recruiterId") REFERENCES "Recruiter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_jobCode_fkey" FOREIGN KEY ("jobCode") REFERENCES "Job"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agent" ADD CONSTRAINT "Agent_claimedRecruiterId_fkey" FOREIGN KEY ("claimedRecruiterId") REFERENCES "Recruiter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuspiciousReport" ADD CONSTRAINT "SuspiciousReport_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Hand-written.

-- Villagers search companies and agents by name, with spelling variants.
CREATE INDEX "Recruiter_name_trgm_idx" ON "Recruiter" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Agent_name_trgm_idx" ON "Agent" USING gin ("name" gin_trgm_ops);
CREATE INDEX "SuspiciousReport_villageCode_pattern_idx" ON "SuspiciousReport" ("villageCode" text_pattern_ops, "createdAt" DESC);

ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_quota_positive" CHECK ("quota" > 0);
ALTER TABLE "Recruiter" ADD CONSTRAINT "Recruiter_suspension_order" CHECK ("suspendedUntil" IS NULL OR "suspendedFrom" IS NULL OR "suspendedUntil" >= "suspendedFrom");

-- The rule data's legal basis, as reference data (BP3MI staff keep lastCheckedOn current).
UPDATE "Country" SET "legalBasis" = 'Kepmenaker No. 260 Tahun 2015', "lastCheckedOn" = DATE '2026-11-29' WHERE "moratoriumHousehold";
UPDATE "Job" SET "legalBasis" = 'Peraturan BP2MI No. 9 Tahun 2020', "lastCheckedOn" = DATE '2026-11-29' WHERE "zeroCost";
