-- CreateEnum
CREATE TYPE "GroupStatus" AS ENUM ('ACTIVE', 'INACTIVE', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "GroupRole" AS ENUM ('LEADER', 'SECRETARY', 'TREASURER', 'MEMBER');

-- CreateEnum
CREATE TYPE "TrainingTopic" AS ENUM ('ENTREPRENEURSHIP', 'FINANCIAL_LITERACY', 'PROCESSING', 'MARKETING', 'OTHER');

-- CreateEnum
CREATE TYPE "LoanKind" AS ENUM ('KUR', 'OTHER');

-- CreateTable
CREATE TABLE "GroupKind" (
    "code" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "GroupKind_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Cooperative" (
    "id" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "registrationNumber" TEXT,
    "foundedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Cooperative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessGroup" (
    "id" UUID NOT NULL,
    "villageCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kindCode" TEXT NOT NULL,
    "foundedOn" DATE,
    "status" "GroupStatus" NOT NULL DEFAULT 'ACTIVE',
    "cooperativeId" UUID,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BusinessGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" "GroupRole" NOT NULL DEFAULT 'MEMBER',
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,
    "leaveReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Training" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "topic" "TrainingTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "givenBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Training_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAttendance" (
    "trainingId" UUID NOT NULL,
    "memberId" UUID NOT NULL,

    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("trainingId","memberId")
);

-- CreateTable
CREATE TABLE "AidGrant" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "item" TEXT NOT NULL,
    "valueRupiah" BIGINT NOT NULL,
    "giver" TEXT NOT NULL,
    "givenOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AidGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Loan" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "kind" "LoanKind" NOT NULL DEFAULT 'KUR',
    "lender" TEXT NOT NULL,
    "principalRupiah" BIGINT NOT NULL,
    "disbursedOn" DATE NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Loan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanRepayment" (
    "id" UUID NOT NULL,
    "loanId" UUID NOT NULL,
    "paidOn" DATE NOT NULL,
    "amountRupiah" BIGINT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoanRepayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesRecord" (
    "id" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "quantity" DECIMAL(14,2) NOT NULL,
    "unit" TEXT NOT NULL,
    "revenueRupiah" BIGINT NOT NULL,
    "soldIn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SalesRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cooperative_villageCode_name_key" ON "Cooperative"("villageCode", "name");

-- CreateIndex
CREATE INDEX "BusinessGroup_villageCode_status_idx" ON "BusinessGroup"("villageCode", "status");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessGroup_villageCode_name_key" ON "BusinessGroup"("villageCode", "name");

-- CreateIndex
CREATE INDEX "GroupMember_groupId_leftOn_idx" ON "GroupMember"("groupId", "leftOn");

-- CreateIndex
CREATE INDEX "GroupMember_personId_idx" ON "GroupMember"("personId");

-- CreateIndex
CREATE INDEX "Training_groupId_heldOn_idx" ON "Training"("groupId", "heldOn");

-- CreateIndex
CREATE INDEX "AidGrant_groupId_givenOn_idx" ON "AidGrant"("groupId", "givenOn");

-- CreateIndex
CREATE INDEX "Loan_groupId_idx" ON "Loan"("groupId");

-- CreateIndex
CREATE INDEX "LoanRepayment_loanId_paidOn_idx" ON "LoanRepayment"("loanId", "paidOn");

-- CreateIndex
CREATE INDEX "SalesRecord_groupId_month_idx" ON "SalesRecord"("groupId", "month");

-- AddForeignKey
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessGroup" ADD CONSTRAINT "BusinessGroup_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Village"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessGroup" ADD CONSTRAINT "BusinessGroup_kindCode_fkey" FOREIGN KEY ("kindCode") REFERENCES "GroupKind"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessGroup" ADD CONSTRAINT "BusinessGroup_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "BusinessGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Training" ADD CONSTRAINT "Training_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "BusinessGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "Training"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "GroupMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidGrant" ADD CONSTRAINT "AidGrant_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "BusinessGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "BusinessGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanRepayment" ADD CONSTRAINT "LoanRepayment_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesRecord" ADD CONSTRAINT "SalesRecord_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "BusinessGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules the schema cannot express.
ALTER TABLE "AidGrant" ADD CONSTRAINT "AidGrant_value_check" CHECK ("valueRupiah" >= 0);
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_amounts_check" CHECK ("principalRupiah" > 0 AND "termMonths" BETWEEN 1 AND 360);
ALTER TABLE "LoanRepayment" ADD CONSTRAINT "LoanRepayment_amount_check" CHECK ("amountRupiah" > 0);
ALTER TABLE "SalesRecord" ADD CONSTRAINT "SalesRecord_amounts_check" CHECK ("quantity" >= 0 AND "revenueRupiah" >= 0 AND "month" ~ '^\d{4}-(0[1-9]|1[0-2])$');
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_dates_check" CHECK ("leftOn" IS NULL OR "leftOn" >= "joinedOn");
-- One open membership of a person in a group at a time.
CREATE UNIQUE INDEX "GroupMember_open_membership_key" ON "GroupMember" ("groupId", "personId") WHERE "leftOn" IS NULL;

-- The kinds of group KKBM Lontar runs (domain.md); admins can add and rename.
INSERT INTO "GroupKind" ("code", "nameId", "nameEn", "sortOrder") VALUES
  ('SEAWEED_FARMING', 'Budidaya rumput laut', 'Seaweed farming', 10),
  ('GREEN_MUSSEL_FARMING', 'Budidaya kerang hijau', 'Green mussel farming', 20),
  ('CRICKET_FARMING', 'Budidaya jangkrik', 'Cricket farming', 30),
  ('PROCESSING', 'Pengolahan hasil (dodol, keripik rumput laut)', 'Processing (seaweed dodol, chips)', 40),
  ('OTHER', 'Lainnya', 'Other', 90);
