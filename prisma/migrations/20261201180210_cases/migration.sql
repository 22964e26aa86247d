-- CreateEnum
CREATE TYPE "CaseCategory" AS ENUM ('WANTS_TO_RETURN', 'UNPAID_WAGES', 'FAILED_DEPARTURE', 'DEATH', 'ILLNESS', 'TRAFFICKING', 'JOB_FRAUD', 'OVERCHARGING', 'DEPORTATION', 'PREGNANCY', 'SOCIAL_SECURITY', 'WORK_NOT_AS_CONTRACTED', 'LOST_CONTACT', 'DETENTION', 'VIOLENCE', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('REPORTED', 'VERIFIED', 'IN_MEDIATION', 'REFERRED', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseCloseReason" AS ENUM ('RESOLVED', 'DOCUMENTS_INCOMPLETE', 'NO_CLARIFICATION', 'COMPLAINANT_UNREACHABLE', 'HANDED_OVER', 'NO_RESPONSE_AFTER_NOTICE');

-- CreateEnum
CREATE TYPE "CaseEventKind" AS ENUM ('REPORTED', 'STATUS', 'ASSIGNED', 'NOTE', 'ATTACHMENT', 'REFERRAL', 'CLAIM', 'MEDIATION', 'REOPENED');

-- CreateEnum
CREATE TYPE "ReferralAgency" AS ENUM ('DISNAKER_LTSA', 'BP3MI', 'KBRI_KJRI', 'KEMLU', 'POLICE', 'NGO');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('UNPAID_WAGES', 'OVERCHARGED_FEES', 'INSURANCE', 'BPJS', 'REPATRIATION_COSTS', 'OTHER');

-- CreateEnum
CREATE TYPE "MediationOutcome" AS ENUM ('AGREED', 'NOT_AGREED');

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "personId" UUID,
    "placementId" UUID,
    "workerName" TEXT NOT NULL,
    "workerDescription" TEXT,
    "reporterName" TEXT NOT NULL,
    "reporterRelation" TEXT,
    "reporterPhone" TEXT,
    "reporterAddress" TEXT,
    "category" "CaseCategory" NOT NULL,
    "countryCode" TEXT,
    "whatHappened" TEXT NOT NULL,
    "happenedOn" DATE,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "status" "CaseStatus" NOT NULL DEFAULT 'REPORTED',
    "closeReason" "CaseCloseReason",
    "dueAt" TIMESTAMPTZ(3),
    "missedDeadline" BOOLEAN NOT NULL DEFAULT false,
    "handlerId" UUID,
    "trackingCode" TEXT NOT NULL,
    "pinHash" TEXT NOT NULL,
    "reportId" UUID,
    "reportedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verifiedAt" TIMESTAMPTZ(3),
    "resolvedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNumberCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "CaseNumberCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" BIGSERIAL NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "CaseEventKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorName" TEXT,
    "fromStatus" "CaseStatus",
    "toStatus" "CaseStatus",
    "text" TEXT,
    "shareable" BOOLEAN NOT NULL DEFAULT false,
    "data" JSONB,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAttachment" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "description" TEXT,
    "uploadedById" UUID,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseReferral" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "agency" "ReferralAgency" NOT NULL,
    "countryCode" TEXT,
    "agencyName" TEXT,
    "sentOn" DATE NOT NULL,
    "acknowledgedOn" DATE,
    "dueOn" DATE,
    "outcome" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaseReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseClaim" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "currency" TEXT NOT NULL,
    "amountClaimed" DECIMAL(18,2) NOT NULL,
    "amountRecovered" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaseClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseMediation" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "mediatorName" TEXT NOT NULL,
    "parties" TEXT NOT NULL,
    "agreement" TEXT NOT NULL,
    "outcome" "MediationOutcome" NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseMediation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseDeadline" (
    "status" "CaseStatus" NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "urgentHours" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "CaseDeadline_pkey" PRIMARY KEY ("status")
);

-- CreateIndex
CREATE UNIQUE INDEX "Case_number_key" ON "Case"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Case_trackingCode_key" ON "Case"("trackingCode");

-- CreateIndex
CREATE INDEX "Case_villageCode_status_idx" ON "Case"("villageCode", "status");

-- CreateIndex
CREATE INDEX "Case_villageCode_reportedAt_id_idx" ON "Case"("villageCode", "reportedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Case_status_urgent_reportedAt_id_idx" ON "Case"("status", "urgent", "reportedAt", "id");

-- CreateIndex
CREATE INDEX "Case_handlerId_status_idx" ON "Case"("handlerId", "status");

-- CreateIndex
CREATE INDEX "Case_status_dueAt_idx" ON "Case"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Case_personId_idx" ON "Case"("personId");

-- CreateIndex
CREATE INDEX "Case_category_reportedAt_idx" ON "Case"("category", "reportedAt");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_at_id_idx" ON "CaseEvent"("caseId", "at", "id");

-- CreateIndex
CREATE INDEX "CaseAttachment_caseId_uploadedAt_idx" ON "CaseAttachment"("caseId", "uploadedAt");

-- CreateIndex
CREATE INDEX "CaseReferral_caseId_idx" ON "CaseReferral"("caseId");

-- CreateIndex
CREATE INDEX "CaseReferral_dueOn_idx" ON "CaseReferral"("dueOn");

-- CreateIndex
CREATE INDEX "CaseClaim_caseId_idx" ON "CaseClaim"("caseId");

-- CreateIndex
CREATE INDEX "CaseClaim_currency_idx" ON "CaseClaim"("currency");

-- CreateIndex
CREATE INDEX "CaseMediation_caseId_heldOn_idx" ON "CaseMediation"("caseId", "heldOn");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_handlerId_fkey" FOREIGN KEY ("handlerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "SuspiciousReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAttachment" ADD CONSTRAINT "CaseAttachment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReferral" ADD CONSTRAINT "CaseReferral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReferral" ADD CONSTRAINT "CaseReferral_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseClaim" ADD CONSTRAINT "CaseClaim_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseMediation" ADD CONSTRAINT "CaseMediation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules the schema cannot express.
ALTER TABLE "CaseClaim" ADD CONSTRAINT "CaseClaim_amounts_check"
  CHECK ("amountClaimed" > 0 AND "amountRecovered" >= 0 AND "currency" ~ '^[A-Z]{3}$');
ALTER TABLE "CaseAttachment" ADD CONSTRAINT "CaseAttachment_size_check"
  CHECK ("size" > 0 AND "size" <= 10485760);
ALTER TABLE "CaseDeadline" ADD CONSTRAINT "CaseDeadline_positive_check"
  CHECK ("workingDays" > 0 AND "urgentHours" > 0);
ALTER TABLE "Case" ADD CONSTRAINT "Case_close_reason_check"
  CHECK (("status" = 'CLOSED') = ("closeReason" IS NOT NULL));

-- Default due times of each step (docs/decisions/019). Verification: 3 working days, 24 hours
-- when urgent (issue 4); the later steps are this project's starting values, for admins to adjust.
INSERT INTO "CaseDeadline" ("status", "workingDays", "urgentHours", "updatedAt") VALUES
  ('REPORTED', 3, 24, now()),
  ('VERIFIED', 5, 48, now()),
  ('IN_MEDIATION', 14, 168, now()),
  ('REFERRED', 30, 336, now());
