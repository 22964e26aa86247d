import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor, type Role } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestReport } from "@/tests/factories/recruiters";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { ensureVillage } from "@/tests/factories/villages";
import { handleReport, linkReportToAgent } from "./handle-report";
import { getReport, listReportGroups, listReports } from "./list-reports";
import { getReportStatus, RateLimitedError, submitReport } from "./submit-report";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const PANDEGLANG = "36.01.01.2001";
const REPORT = { what: "Ditawari kerja ke Dubai dengan visa kunjungan.", recruiterName: null, agentName: "Bang Rudi", phone: "0812-0000-7788", place: "Pasar", villageCode: LONTAR, reporterContact: null };

async function actor(role: Role, place: { villageCode?: string; regionCode?: string } = {}): Promise<Actor> {
  return actorOf(await createTestUser(db, { role, ...place }));
}

describe("reports of suspicious recruiters", () => {
  beforeEach(async () => {
    await resetDatabase();
    for (const v of [LONTAR, SUSUKAN, PANDEGLANG]) await ensureVillage(db, v);
  });

  it("are submitted anonymously with a code and audited without the reporter's contact", async () => {
    const { code } = await submitReport({ ...REPORT, reporterContact: "0899 1234 5678" }, { ip: "10.9.9.1" });
    expect(code).toMatch(/^LAP-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const row = await db.suspiciousReport.findUniqueOrThrow({ where: { code } });
    expect(row).toMatchObject({ phone: "6281200007788", status: "NEW", villageCode: LONTAR });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "SuspiciousReport" } });
    expect(audit).toMatchObject({ action: "report.submit", actorId: null, villageCode: LONTAR, ip: "10.9.9.1" });
    expect(JSON.stringify(audit.after)).not.toContain("0899");
  });

  it("refuse the 6th report from one address in ten minutes", async () => {
    for (let i = 0; i < 5; i++) await submitReport(REPORT, { ip: "10.9.9.2" });
    await expect(submitReport(REPORT, { ip: "10.9.9.2" })).rejects.toBeInstanceOf(RateLimitedError);
    await submitReport(REPORT, { ip: "10.9.9.3" });
    expect(await db.suspiciousReport.count()).toBe(6);
  });

  it("are seen only in the region of their village", async () => {
    const report = await createTestReport(db, { villageCode: LONTAR });
    const pandeglang = await actor("BP3MI_STAFF", { regionCode: "36.01" });
    const serang = await actor("BP3MI_STAFF", { regionCode: "36.04" });
    const susukanOrganizer = await actor("ORGANIZER", { villageCode: SUSUKAN });
    const lontarOfficial = await actor("VILLAGE_OFFICIAL", { villageCode: LONTAR });
    expect((await listReports(pandeglang, {})).total).toBe(0);
    await expect(getReport(pandeglang, report.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReport(susukanOrganizer, report.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(handleReport(pandeglang, { id: report.id, status: "CLOSED", publicNote: null })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listReports(serang, {})).rows.map((r) => r.id)).toEqual([report.id]);
    expect((await getReport(lontarOfficial, report.id)).id).toBe(report.id);
    expect((await listReports(await actor("ADMIN"), {})).total).toBe(1);
  });

  it("are handled only by BP3MI staff and admins, audited, and the reporter sees status and note", async () => {
    const report = await createTestReport(db, { villageCode: LONTAR });
    await expect(handleReport(await actor("ORGANIZER", { villageCode: LONTAR }), { id: report.id, status: "CLOSED", publicNote: null })).rejects.toBeInstanceOf(ForbiddenError);
    const serang = await actor("BP3MI_STAFF", { regionCode: "36.04" });
    await handleReport(serang, { id: report.id, status: "IN_REVIEW", publicNote: "Sedang diperiksa petugas." });
    expect(await getReportStatus(report.code.toLowerCase())).toMatchObject({ code: report.code, status: "IN_REVIEW", publicNote: "Sedang diperiksa petugas." });
    expect(Object.keys((await getReportStatus(report.code))!).sort()).toEqual(["code", "createdAt", "publicNote", "status", "updatedAt"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "report.handle" } });
    expect(audit).toMatchObject({ actorId: serang.id, entityId: report.id, villageCode: LONTAR });
  });

  it("link to a new watchlisted agent, audited", async () => {
    const report = await createTestReport(db, { villageCode: SUSUKAN, phone: "0813-0000-4455", agentName: "Ibu Yati" });
    const serang = await actor("BP3MI_STAFF", { regionCode: "36.04" });
    const { agentId } = await linkReportToAgent(serang, { id: report.id, newAgentName: "Yati", watchlistReason: "Meminta uang pendaftaran." });
    expect(await db.agent.findUniqueOrThrow({ where: { id: agentId } })).toMatchObject({ watchlisted: true, phone: "6281300004455", villageCode: SUSUKAN });
    expect(await db.suspiciousReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ agentId, status: "LINKED" });
    expect((await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action)).toEqual(["agent.create", "report.link"]);
  });

  it("are grouped by phone and similar names across villages, within the region", async () => {
    await createTestReport(db, { villageCode: LONTAR, phone: "0812-0000-7788", agentName: "Bang Rudi" });
    await createTestReport(db, { villageCode: SUSUKAN, phone: "+62 812 0000 7788", agentName: "Rudi Hartono" });
    await createTestReport(db, { villageCode: SUSUKAN, phone: null, agentName: "Rudy Hartono" });
    await createTestReport(db, { villageCode: PANDEGLANG, phone: "0812-0000-7788", agentName: "Rudi" });
    const serang = await actor("BP3MI_STAFF", { regionCode: "36.04" });
    const groups = await listReportGroups(serang);
    const byPhone = groups.find((g) => g.by === "phone")!;
    expect(byPhone.reportIds).toHaveLength(2);
    expect(byPhone.villageCodes).toEqual([LONTAR, SUSUKAN]);
    const byName = groups.find((g) => g.by === "name")!;
    expect(byName.reportIds).toHaveLength(3);
    // Pandeglang's report is another region's: not in Serang's groups.
    expect(groups.flatMap((g) => g.villageCodes)).not.toContain(PANDEGLANG);
    const province = await actor("BP3MI_STAFF", { regionCode: "36" });
    expect((await listReportGroups(province)).find((g) => g.by === "phone")!.villageCodes).toEqual([PANDEGLANG, LONTAR, SUSUKAN].sort());
  });
});
