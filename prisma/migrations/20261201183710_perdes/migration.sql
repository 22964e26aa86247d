-- CreateEnum
CREATE TYPE "RegulationStatus" AS ENUM ('DRAFT', 'IN_FORCE', 'REVOKED');

-- CreateEnum
CREATE TYPE "VerificationKind" AS ENUM ('FAMILY_CONSENT', 'IDENTITY', 'RECRUITER_CHECK', 'JOB_ORDER', 'DOCUMENTS', 'SAFE_MIGRATION', 'OTHER');

-- CreateEnum
CREATE TYPE "DepartureCheckStatus" AS ENUM ('PENDING', 'DONE', 'FAILED', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "SessionTopic" AS ENUM ('SAFE_MIGRATION', 'TPPO', 'FINANCIAL_LITERACY', 'PERDES', 'OTHER');

-- AlterTable
ALTER TABLE "Village" ADD COLUMN     "headName" TEXT,
ADD COLUMN     "letterCode" TEXT,
ADD COLUMN     "letterhead" TEXT;

-- AlterTable
ALTER TABLE "Placement" ADD COLUMN     "nonProcedural" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "VillageRegulation" (
    "id" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "RegulationStatus" NOT NULL DEFAULT 'DRAFT',
    "enactedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VillageRegulation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VillageRegulationArticle" (
    "id" UUID NOT NULL,
    "regulationId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "heading" TEXT,
    "text" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VillageRegulationArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VillageChecklistItem" (
    "id" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "kind" "VerificationKind" NOT NULL,
    "label" TEXT NOT NULL,
    "legalBasis" TEXT,
    "articleId" UUID,
    "mandatory" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VillageChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartureCheck" (
    "id" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "itemId" UUID NOT NULL,
    "kind" "VerificationKind" NOT NULL,
    "label" TEXT NOT NULL,
    "legalBasis" TEXT,
    "mandatory" BOOLEAN NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "status" "DepartureCheckStatus" NOT NULL DEFAULT 'PENDING',
    "evidenceNote" TEXT,
    "recruiterId" UUID,
    "result" TEXT,
    "checkedById" UUID,
    "checkedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DepartureCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VillageLetter" (
    "id" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "placementId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "shortCode" TEXT NOT NULL,
    "workerInitials" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" UUID,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" UUID,
    "revokeReason" TEXT,

    CONSTRAINT "VillageLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VillageLetterCounter" (
    "villageCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "VillageLetterCounter_pkey" PRIMARY KEY ("villageCode","year")
);

-- CreateTable
CREATE TABLE "SocializationSession" (
    "id" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "topic" "SessionTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "facilitator" TEXT,
    "otherAttendees" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SocializationSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionAttendance" (
    "sessionId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionAttendance_pkey" PRIMARY KEY ("sessionId","personId")
);

-- CreateTable
CREATE TABLE "ScorecardThreshold" (
    "regionCode" TEXT NOT NULL,
    "minVerifiedSharePct" INTEGER NOT NULL DEFAULT 90,
    "maxNonProcedural" INTEGER NOT NULL DEFAULT 0,
    "minCasesOnTimeSharePct" INTEGER NOT NULL DEFAULT 80,
    "minSessionsPerQuarter" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ScorecardThreshold_pkey" PRIMARY KEY ("regionCode")
);

-- CreateIndex
CREATE INDEX "VillageRegulation_villageCode_status_idx" ON "VillageRegulation"("villageCode", "status");

-- CreateIndex
CREATE UNIQUE INDEX "VillageRegulation_villageCode_year_number_key" ON "VillageRegulation"("villageCode", "year", "number");

-- CreateIndex
CREATE INDEX "VillageRegulationArticle_regulationId_sortOrder_idx" ON "VillageRegulationArticle"("regulationId", "sortOrder");

-- CreateIndex
CREATE INDEX "VillageChecklistItem_villageCode_active_sortOrder_idx" ON "VillageChecklistItem"("villageCode", "active", "sortOrder");

-- CreateIndex
CREATE INDEX "DepartureCheck_villageCode_idx" ON "DepartureCheck"("villageCode");

-- CreateIndex
CREATE UNIQUE INDEX "DepartureCheck_placementId_itemId_key" ON "DepartureCheck"("placementId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "VillageLetter_shortCode_key" ON "VillageLetter"("shortCode");

-- CreateIndex
CREATE INDEX "VillageLetter_placementId_idx" ON "VillageLetter"("placementId");

-- CreateIndex
CREATE INDEX "VillageLetter_villageCode_issuedAt_idx" ON "VillageLetter"("villageCode", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "VillageLetter_villageCode_year_seq_key" ON "VillageLetter"("villageCode", "year", "seq");

-- CreateIndex
CREATE INDEX "SocializationSession_villageCode_heldOn_idx" ON "SocializationSession"("villageCode", "heldOn");

-- CreateIndex
CREATE INDEX "SessionAttendance_personId_idx" ON "SessionAttendance"("personId");

-- AddForeignKey
ALTER TABLE "VillageRegulation" ADD CONSTRAINT "VillageRegulation_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VillageRegulationArticle" ADD CONSTRAINT "VillageRegulationArticle_regulationId_fkey" FOREIGN KEY ("regulationId") REFERENCES "VillageRegulation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VillageChecklistItem" ADD CONSTRAINT "VillageChecklistItem_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VillageChecklistItem" ADD CONSTRAINT "VillageChecklistItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "VillageRegulationArticle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartureCheck" ADD CONSTRAINT "DepartureCheck_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartureCheck" ADD CONSTRAINT "DepartureCheck_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "VillageChecklistItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartureCheck" ADD CONSTRAINT "DepartureCheck_recruiterId_fkey" FOREIGN KEY ("recruiterId") REFERENCES "Recruiter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VillageLetter" ADD CONSTRAINT "VillageLetter_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VillageLetter" ADD CONSTRAINT "VillageLetter_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocializationSession" ADD CONSTRAINT "SocializationSession_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SocializationSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules the schema cannot express.
ALTER TABLE "ScorecardThreshold" ADD CONSTRAINT "ScorecardThreshold_range_check"
  CHECK ("minVerifiedSharePct" BETWEEN 0 AND 100 AND "minCasesOnTimeSharePct" BETWEEN 0 AND 100
         AND "maxNonProcedural" >= 0 AND "minSessionsPerQuarter" >= 0);
ALTER TABLE "SocializationSession" ADD CONSTRAINT "SocializationSession_other_check" CHECK ("otherAttendees" >= 0);
ALTER TABLE "VillageLetter" ADD CONSTRAINT "VillageLetter_revoke_check"
  CHECK (("revokedAt" IS NULL) = ("revokeReason" IS NULL));

-- Departures before this migration: non-procedural when they skipped the village's verification
-- (the audit action placement.depart-unverified, issue 3's stand-in for this column).
UPDATE "Placement" p SET "nonProcedural" = true
WHERE EXISTS (SELECT 1 FROM "AuditLog" a WHERE a.entity = 'Placement' AND a."entityId" = p.id::text AND a.action = 'placement.depart-unverified');

