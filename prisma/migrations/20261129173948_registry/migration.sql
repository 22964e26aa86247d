-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('FORMAL', 'INFORMAL', 'MARITIME');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "Education" AS ENUM ('NONE', 'SD', 'SMP', 'SMA', 'DIPLOMA', 'S1', 'S2_PLUS');

-- CreateEnum
CREATE TYPE "MaritalStatus" AS ENUM ('SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED');

-- CreateEnum
CREATE TYPE "FamilyRelation" AS ENUM ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD', 'IN_LAW', 'OTHER');

-- CreateEnum
CREATE TYPE "PlacementStatus" AS ENUM ('PROSPECTIVE', 'VERIFIED', 'DEPARTED', 'RETURNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PlacementChannel" AS ENUM ('P3MI', 'GOVERNMENT', 'INDEPENDENT', 'NON_PROCEDURAL');

-- CreateEnum
CREATE TYPE "RequirementStatus" AS ENUM ('MISSING', 'SUBMITTED', 'VERIFIED');

-- CreateEnum
CREATE TYPE "ContactMethod" AS ENUM ('PHONE', 'WHATSAPP', 'VIDEO_CALL', 'FAMILY_VISIT', 'OTHER');

-- CreateEnum
CREATE TYPE "Wellbeing" AS ENUM ('WELL', 'CONCERN', 'DISTRESS');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "moratoriumHousehold" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Job" (
    "code" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sector" "Sector" NOT NULL,
    "zeroCost" BOOLEAN NOT NULL DEFAULT false,
    "household" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "kkNumber" TEXT NOT NULL,
    "address" TEXT,
    "dusun" TEXT,
    "rt" TEXT,
    "rw" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "nik" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "birthPlace" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "address" TEXT,
    "dusun" TEXT,
    "rt" TEXT,
    "rw" TEXT,
    "phone" TEXT,
    "education" "Education",
    "maritalStatus" "MaritalStatus",
    "householdId" UUID,
    "relationToHead" "FamilyRelation",
    "passportNumber" TEXT,
    "healthNotes" TEXT,
    "currentPlacementId" UUID,
    "currentStatus" "PlacementStatus",
    "currentCountryCode" TEXT,
    "currentJobCode" TEXT,
    "currentSector" "Sector",
    "currentRecruiter" TEXT,
    "currentChecklistComplete" BOOLEAN,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "status" "PlacementStatus" NOT NULL DEFAULT 'PROSPECTIVE',
    "countryCode" TEXT NOT NULL,
    "jobCode" TEXT NOT NULL,
    "employer" TEXT,
    "recruiterName" TEXT,
    "agentName" TEXT,
    "agentPhone" TEXT,
    "sip2miNumber" TEXT,
    "channel" "PlacementChannel" NOT NULL,
    "contractStart" DATE,
    "contractEnd" DATE,
    "departureDate" DATE,
    "returnDate" DATE,
    "contactAbroadName" TEXT,
    "contactAbroadPhone" TEXT,
    "checklistComplete" BOOLEAN NOT NULL DEFAULT false,
    "lastContactAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementRequirement" (
    "placementId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "status" "RequirementStatus" NOT NULL DEFAULT 'MISSING',
    "date" DATE,
    "verifiedById" UUID,
    "note" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlacementRequirement_pkey" PRIMARY KEY ("placementId","code")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "contactedAt" TIMESTAMPTZ(3) NOT NULL,
    "method" "ContactMethod" NOT NULL,
    "wellbeing" "Wellbeing" NOT NULL,
    "note" TEXT,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "givenOn" DATE NOT NULL,
    "takenById" UUID,
    "scopes" TEXT[],
    "note" TEXT,
    "withdrawnOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransferRequest" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "fromVillageCode" TEXT NOT NULL,
    "toVillageCode" TEXT NOT NULL,
    "requestedById" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TransferRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Household_kkNumber_key" ON "Household"("kkNumber");

-- CreateIndex
CREATE INDEX "Household_villageCode_idx" ON "Household"("villageCode");

-- CreateIndex
CREATE UNIQUE INDEX "Person_nik_key" ON "Person"("nik");

-- CreateIndex
CREATE INDEX "Person_villageCode_name_id_idx" ON "Person"("villageCode", "name", "id");

-- CreateIndex
CREATE INDEX "Person_name_id_idx" ON "Person"("name", "id");

-- CreateIndex
CREATE INDEX "Person_villageCode_createdAt_id_idx" ON "Person"("villageCode", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Person_householdId_idx" ON "Person"("householdId");

-- CreateIndex
CREATE INDEX "Person_villageCode_currentStatus_idx" ON "Person"("villageCode", "currentStatus");

-- CreateIndex
CREATE INDEX "Person_birthDate_name_idx" ON "Person"("birthDate", "name");

-- CreateIndex
CREATE INDEX "Placement_personId_idx" ON "Placement"("personId");

-- CreateIndex
CREATE INDEX "Placement_villageCode_status_idx" ON "Placement"("villageCode", "status");

-- CreateIndex
CREATE INDEX "Placement_status_lastContactAt_idx" ON "Placement"("status", "lastContactAt");

-- CreateIndex
CREATE INDEX "CheckIn_placementId_contactedAt_idx" ON "CheckIn"("placementId", "contactedAt" DESC);

-- CreateIndex
CREATE INDEX "CheckIn_personId_contactedAt_idx" ON "CheckIn"("personId", "contactedAt" DESC);

-- CreateIndex
CREATE INDEX "Consent_personId_idx" ON "Consent"("personId");

-- CreateIndex
CREATE INDEX "TransferRequest_fromVillageCode_status_idx" ON "TransferRequest"("fromVillageCode", "status");

-- CreateIndex
CREATE INDEX "TransferRequest_toVillageCode_status_idx" ON "TransferRequest"("toVillageCode", "status");

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_jobCode_fkey" FOREIGN KEY ("jobCode") REFERENCES "Job"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementRequirement" ADD CONSTRAINT "PlacementRequirement_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransferRequest" ADD CONSTRAINT "TransferRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Hand-written.

-- Fuzzy name search (pg_trgm): tolerates spelling variants such as Aminah / Aminnah.
CREATE INDEX "Person_name_trgm_idx" ON "Person" USING gin ("name" gin_trgm_ops);

-- Region-prefix scopes (villageCode LIKE '36.04.%') for BP3MI staff.
CREATE INDEX "Person_villageCode_pattern_name_idx" ON "Person" ("villageCode" text_pattern_ops, "name", "id");
CREATE INDEX "Placement_villageCode_pattern_idx" ON "Placement" ("villageCode" text_pattern_ops, "status");

-- Data rules the schema language cannot say.
ALTER TABLE "Person" ADD CONSTRAINT "Person_nik_format" CHECK ("nik" ~ '^[0-9]{16}$');
ALTER TABLE "Household" ADD CONSTRAINT "Household_kk_format" CHECK ("kkNumber" ~ '^[0-9]{16}$');
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_contract_order" CHECK ("contractEnd" IS NULL OR "contractStart" IS NULL OR "contractEnd" >= "contractStart");

-- Workers abroad with no contact: the welfare list scans departed placements by last contact.
CREATE INDEX "Placement_departed_lastContact_idx" ON "Placement" ("villageCode" text_pattern_ops, "lastContactAt" NULLS FIRST) WHERE "status" = 'DEPARTED';

-- Reference data: destination countries. moratoriumHousehold = the 19 countries of
-- Kepmenaker 260/2015 (no placement with private household employers since 1 July 2015).
INSERT INTO "Country" ("code", "nameId", "nameEn", "moratoriumHousehold") VALUES
  ('HK', 'Hong Kong', 'Hong Kong', false),
  ('TW', 'Taiwan', 'Taiwan', false),
  ('MY', 'Malaysia', 'Malaysia', false),
  ('JP', 'Jepang', 'Japan', false),
  ('SG', 'Singapura', 'Singapore', false),
  ('KR', 'Korea Selatan', 'South Korea', false),
  ('BN', 'Brunei Darussalam', 'Brunei', false),
  ('MO', 'Makau', 'Macau', false),
  ('AU', 'Australia', 'Australia', false),
  ('NZ', 'Selandia Baru', 'New Zealand', false),
  ('US', 'Amerika Serikat', 'United States', false),
  ('GB', 'Inggris', 'United Kingdom', false),
  ('DE', 'Jerman', 'Germany', false),
  ('NL', 'Belanda', 'Netherlands', false),
  ('IT', 'Italia', 'Italy', false),
  ('PL', 'Polandia', 'Poland', false),
  ('TR', 'Turki', 'Türkiye', false),
  ('SA', 'Arab Saudi', 'Saudi Arabia', true),
  ('DZ', 'Aljazair', 'Algeria', true),
  ('BH', 'Bahrain', 'Bahrain', true),
  ('IQ', 'Irak', 'Iraq', true),
  ('KW', 'Kuwait', 'Kuwait', true),
  ('LB', 'Lebanon', 'Lebanon', true),
  ('LY', 'Libya', 'Libya', true),
  ('MA', 'Maroko', 'Morocco', true),
  ('MR', 'Mauritania', 'Mauritania', true),
  ('EG', 'Mesir', 'Egypt', true),
  ('OM', 'Oman', 'Oman', true),
  ('PS', 'Palestina', 'Palestine', true),
  ('QA', 'Qatar', 'Qatar', true),
  ('SD', 'Sudan', 'Sudan', true),
  ('SY', 'Suriah', 'Syria', true),
  ('TN', 'Tunisia', 'Tunisia', true),
  ('AE', 'Uni Emirat Arab', 'United Arab Emirates', true),
  ('YE', 'Yaman', 'Yemen', true),
  ('JO', 'Yordania', 'Jordan', true);

-- Reference data: jobs. zeroCost = the ten jobs of Peraturan BP2MI 9/2020 for which no
-- placement cost may be charged; household = domestic work for a private employer.
INSERT INTO "Job" ("code", "nameId", "nameEn", "sector", "zeroCost", "household", "sortOrder") VALUES
  ('HOUSEKEEPER', 'Pengurus rumah tangga', 'Housekeeper', 'INFORMAL', true, true, 10),
  ('BABY_CARER', 'Pengasuh bayi', 'Baby carer', 'INFORMAL', true, true, 20),
  ('ELDERLY_CARER', 'Pengasuh lansia', 'Elderly carer', 'INFORMAL', true, true, 30),
  ('COOK', 'Juru masak', 'Cook', 'INFORMAL', true, true, 40),
  ('FAMILY_DRIVER', 'Sopir keluarga', 'Family driver', 'INFORMAL', true, true, 50),
  ('GARDENER', 'Perawat taman', 'Gardener', 'INFORMAL', true, true, 60),
  ('CHILD_CARER', 'Pengasuh anak', 'Child carer', 'INFORMAL', true, true, 70),
  ('CLEANER', 'Petugas kebersihan', 'Cleaner', 'FORMAL', true, false, 80),
  ('PLANTATION_WORKER', 'Petugas ladang/perkebunan', 'Field or plantation worker', 'FORMAL', true, false, 90),
  ('FISHING_CREW', 'Awak kapal perikanan migran', 'Migrant fishing crew', 'MARITIME', true, false, 100),
  ('FACTORY_WORKER', 'Operator pabrik', 'Factory worker', 'FORMAL', false, false, 110),
  ('CONSTRUCTION_WORKER', 'Pekerja konstruksi', 'Construction worker', 'FORMAL', false, false, 120),
  ('CAREGIVER_INSTITUTION', 'Perawat/caregiver di panti atau rumah sakit', 'Caregiver in a care home or hospital', 'FORMAL', false, false, 130),
  ('NURSE', 'Perawat (nurse)', 'Nurse', 'FORMAL', false, false, 140),
  ('HOSPITALITY', 'Perhotelan dan restoran', 'Hotel and restaurant worker', 'FORMAL', false, false, 150),
  ('WELDER', 'Tukang las', 'Welder', 'FORMAL', false, false, 160),
  ('MERCHANT_CREW', 'Awak kapal niaga', 'Merchant ship crew', 'MARITIME', false, false, 170),
  ('OTHER', 'Lainnya', 'Other', 'FORMAL', false, false, 999);
