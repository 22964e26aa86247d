import { randomUUID } from "node:crypto";
import { test, expect, VILLAGE_A, VILLAGE_B } from "./fixtures";
import { e2eDb } from "./db";
import { createTestRecruiter, createTestReport, ensureRuleReference } from "../factories/recruiters";
import idRecruiters from "../../lib/i18n/messages/id/recruiters.json" with { type: "json" };
import idReports from "../../lib/i18n/messages/id/reports.json" with { type: "json" };

// The staff side of issue 5: the registry changes only by BP3MI staff and admins, with its
// history; reports naming the same phone from two villages are grouped in the regional inbox.

test("village roles read the registry but cannot change it", async ({ page, signInAs, visit }) => {
  const r = await createTestRecruiter(e2eDb(), { name: `PT Uji Baca ${randomUUID().slice(0, 6)}` });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit("/recruiters");
  await expect(page.getByRole("heading", { level: 1, name: idRecruiters.title })).toBeVisible();
  await expect(page.getByRole("link", { name: idRecruiters.add })).toHaveCount(0);
  await visit(`/recruiters/${r.id}`);
  await expect(page.getByRole("heading", { name: idRecruiters.statusChange.title })).toHaveCount(0);
  const response = await page.goto("/recruiters/new");
  expect(response?.status()).toBe(404);
});

test("BP3MI staff add a company and revoke it after confirming; history and audit keep it", async ({ page, signInAs, visit }) => {
  await ensureRuleReference(e2eDb());
  const user = await signInAs("BP3MI_STAFF", { regionCode: "36.04" });
  const name = `PT Uji Baru ${randomUUID().slice(0, 6)}`;
  await visit("/recruiters/new");
  await page.getByLabel(idRecruiters.fields.name).fill(name);
  await page.getByLabel(idRecruiters.fields.licenceNumber).fill(`B.${randomUUID().slice(0, 6)}/KA/2026`);
  await page.getByRole("button", { name: idRecruiters.new.submit }).click();
  await expect(page.getByText(idRecruiters.done.created)).toBeVisible();

  const form = page.locator("section", { has: page.getByRole("heading", { name: idRecruiters.statusChange.title }) });
  await form.getByLabel(idRecruiters.fields.status).selectOption("REVOKED");
  await form.getByLabel(idRecruiters.fields.decree).fill("SK Kepala BP2MI No. 77/2026");
  await form.getByLabel(idRecruiters.fields.decreeOn).fill("2026-11-20");
  await form.getByLabel(idRecruiters.statusChange.confirm).check();
  await form.getByRole("button", { name: idRecruiters.statusChange.submit }).click();
  await expect(page.getByText(idRecruiters.done.status)).toBeVisible();
  const history = page.locator("section", { has: page.getByRole("heading", { name: idRecruiters.history.title }) });
  await expect(history.getByText(idRecruiters.status.ACTIVE)).toBeVisible();
  await expect(history.getByText(idRecruiters.status.REVOKED)).toBeVisible();
  await expect(history.getByText("SK Kepala BP2MI No. 77/2026")).toBeVisible();

  const audit = await e2eDb().auditLog.findMany({ where: { actorId: user.id, action: { startsWith: "recruiter." } }, orderBy: { id: "asc" } });
  expect(audit.map((a) => a.action)).toEqual(["recruiter.create", "recruiter.status"]);
});

test("reports with the same phone from two villages are grouped in the regional inbox; the reporter sees the follow-up", async ({ page, signInAs, visit }) => {
  const phone = `0812-7${Math.floor(Math.random() * 1000).toString().padStart(3, "0")}-${Math.floor(Math.random() * 10000).toString().padStart(4, "0")}`;
  const db = e2eDb();
  const a = await createTestReport(db, { villageCode: VILLAGE_A, phone, agentName: "Pak Uji" });
  await createTestReport(db, { villageCode: VILLAGE_B, phone, agentName: "Uji Calo" });
  await signInAs("BP3MI_STAFF", { regionCode: "36.04" });
  await visit("/reports");
  const groups = page.locator("section", { has: page.getByRole("heading", { name: idReports.inbox.groupsTitle }) });
  const group = groups.locator('[data-group="phone"]', { hasText: a.code });
  await expect(group).toContainText("2 laporan dari 2 desa");

  await visit(`/reports/${a.id}`);
  await page.getByLabel(idReports.detail.statusField, { exact: true }).selectOption("IN_REVIEW");
  await page.getByLabel(idReports.detail.publicNote).fill("Petugas sedang memeriksa nomor ini.");
  await page.getByRole("button", { name: idReports.detail.submit }).click();
  await expect(page.getByText(idReports.detail.done.handled)).toBeVisible();

  await page.context().clearCookies();
  await visit(`/lapor/status?code=${a.code}`);
  await expect(page.getByText(idReports.status.IN_REVIEW, { exact: true })).toBeVisible();
  await expect(page.getByText("Petugas sedang memeriksa nomor ini.")).toBeVisible();
});

test("a BP3MI officer of another region does not see the report", async ({ page, signInAs }) => {
  const report = await createTestReport(e2eDb(), { villageCode: VILLAGE_A });
  await signInAs("BP3MI_STAFF", { regionCode: "36.01" });
  const response = await page.goto(`/reports/${report.id}`);
  expect(response?.status()).toBe(404);
});
