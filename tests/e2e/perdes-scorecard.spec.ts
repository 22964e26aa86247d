import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { e2eDb } from "./db";
import { createTestCase } from "../factories/cases";
import { createTestLetter, createTestSession } from "../factories/perdes";
import { createTestPerson } from "../factories/people";
import { createTestPlacement } from "../factories/placements";
import { ensureVillage } from "../factories/villages";
import type { PlacementStatus } from "../../lib/db/generated/client";
import idScorecard from "../../lib/i18n/messages/id/scorecard.json" with { type: "json" };

// Issue 7, items 4 and 6 in the browser: BP3MI staff of Kota Tangerang (36.71, a region no
// other test uses) see the hand-computed figures of three villages, drill down, change a
// threshold and see the status change, and download the monthly report; an organizer sees
// their own village only; the monitoring page shows its counts.

const REGION = "36.71";
const A = "36.71.01.1001"; // Sukarasa
const B = "36.71.01.1002"; // Sukasari
const C = "36.71.02.1003"; // Alam Jaya
const NAMES = { "36.71": "Kota Tangerang", "36.71.01": "Tangerang", [A]: "Sukarasa", [B]: "Sukasari", "36.71.02": "Jatiuwung", [C]: "Alam Jaya" };
const H2 = "from=2026-07&to=2026-12";
const S = idScorecard.scorecard;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function trip(villageCode: string, name: string, o: { status?: PlacementStatus; departure: string; contractEnd?: string; returnDate?: string; nonProcedural?: boolean; letter?: string; revoked?: string }) {
  const db = e2eDb();
  const person = await createTestPerson(db, { villageCode, name });
  const p = await createTestPlacement(db, {
    personId: person.id,
    status: o.status ?? "DEPARTED",
    departureDate: day(o.departure),
    contractEnd: o.contractEnd ? day(o.contractEnd) : null,
    returnDate: o.returnDate ? day(o.returnDate) : null,
  });
  if (o.nonProcedural) await db.placement.update({ where: { id: p.id }, data: { nonProcedural: true } });
  if (o.letter) await createTestLetter(db, { placementId: p.id, issuedAt: new Date(o.letter) });
  if (o.revoked) await createTestLetter(db, { placementId: p.id, issuedAt: new Date(o.revoked), revoked: { reason: "Data keliru" } });
}

const closed = (villageCode: string, closedAt: string, missedDeadline = false) =>
  createTestCase(e2eDb(), { villageCode, status: "CLOSED", closedAt: new Date(closedAt), missedDeadline, dueAt: null, reportedAt: new Date("2026-05-01T03:00:00Z") });

test.beforeAll(async () => {
  const db = e2eDb();
  for (const code of [A, B, C]) await ensureVillage(db, code, { names: NAMES });
  await db.scorecardThreshold.deleteMany({ where: { regionCode: REGION } });
  // Sukarasa: 4 departures, 3 verified (75 %), 1 non-procedural; 2 of 3 cases on time (67 %); sessions Q3 1, Q4 2.
  await trip(A, "Ani Sukarasa", { departure: "2026-08-10", letter: "2026-08-01T03:00:00Z" });
  await trip(A, "Budi Sukarasa", { status: "RETURNED", departure: "2026-09-15", letter: "2026-09-15T16:59:00Z" });
  await trip(A, "Cici Sukarasa", { departure: "2026-10-05", nonProcedural: true, letter: "2026-10-05T17:00:00Z" });
  await trip(A, "Dedi Sukarasa", { departure: "2026-11-20", letter: "2026-11-01T03:00:00Z" });
  await trip(A, "Euis Sukarasa", { status: "CANCELLED", departure: "2026-08-01", letter: "2026-07-01T03:00:00Z" });
  await closed(A, "2026-07-02T03:00:00Z");
  await closed(A, "2026-11-10T03:00:00Z", true);
  await closed(A, "2026-12-20T03:00:00Z");
  for (const d of ["2026-08-17", "2026-10-10", "2026-12-01"]) await createTestSession(db, { villageCode: A, heldOn: day(d) });
  // Sukasari: 2 departures, 1 verified (the other letter revoked), no cases, no Q4 session.
  await trip(B, "Fajar Sukasari", { departure: "2026-07-20", letter: "2026-07-10T03:00:00Z" });
  await trip(B, "Gita Sukasari", { departure: "2026-12-01", revoked: "2026-11-25T03:00:00Z" });
  await createTestSession(db, { villageCode: B, heldOn: day("2026-09-01") });
  // Alam Jaya: everything met.
  await trip(C, "Hadi Alam Jaya", { departure: "2026-08-01", letter: "2026-07-25T03:00:00Z" });
  await trip(C, "Intan Alam Jaya", { status: "VERIFIED", departure: "2026-12-20", letter: "2026-12-01T03:00:00Z" });
  await closed(C, "2026-09-09T03:00:00Z");
  await createTestSession(db, { villageCode: C, heldOn: day("2026-07-07") });
  await createTestSession(db, { villageCode: C, heldOn: day("2026-11-11") });
  // For the monitoring page: two workers whose contract ended, one return in October.
  await trip(A, "Joko Sukarasa", { departure: "2024-01-10", contractEnd: "2026-01-09" });
  await trip(B, "Kiki Sukasari", { departure: "2024-03-01", contractEnd: "2026-03-01" });
  await trip(C, "Lina Alam Jaya", { status: "RETURNED", departure: "2024-10-01", contractEnd: "2026-10-01", returnDate: "2026-10-03" });
});

const table = (page: Page) => page.getByRole("region", { name: S.table.caption });
const row = (page: Page, village: string) => table(page).getByRole("row").filter({ has: page.getByRole("link", { name: village, exact: true }) });

test("BP3MI staff compare their villages, drill down, and the thresholds change the status", async ({ page, signInAs, visit }) => {
  await signInAs("BP3MI_STAFF", { regionCode: REGION });
  await visit(`/perdes/scorecard?${H2}`);
  await expect(table(page).getByRole("row")).toHaveCount(4); // header + 3
  await expect(row(page, "Sukarasa")).toContainText("75%");
  await expect(row(page, "Sukarasa")).toContainText("3 dari 4");
  await expect(row(page, "Sukarasa")).toContainText("67%");
  await expect(row(page, "Sukarasa")).toContainText("2 dari 3");
  await expect(row(page, "Sukarasa")).toContainText(S.status.notMet);
  await expect(row(page, "Sukasari")).toContainText("50%");
  await expect(row(page, "Sukasari")).toContainText("Triwulan IV 2026: 0");
  await expect(row(page, "Alam Jaya")).toContainText("100%");
  await expect(row(page, "Alam Jaya")).toContainText(S.status.met);
  await expect(page.getByRole("img", { name: S.chart.title })).toBeVisible();

  // Sorting by the verified share, highest first (click twice: ascending, then descending).
  await page.getByRole("link", { name: `Urutkan menurut ${S.columns.verifiedShare}` }).click();
  await page.waitForURL(/sort=verifiedShare/);
  await page.getByRole("link", { name: `Urutkan menurut ${S.columns.verifiedShare}` }).click();
  await page.waitForURL(/dir=desc/);
  await expect(table(page).getByRole("row").nth(1)).toContainText("Alam Jaya");
  await expect(table(page).getByRole("row").nth(3)).toContainText("Sukasari");

  // Drill down to one village.
  await page.getByRole("link", { name: "Sukarasa", exact: true }).click();
  await page.waitForURL(new RegExp(`/perdes/scorecard/${A.replace(/\./g, "\\.")}`));
  await visit(page.url());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapor desa: Sukarasa");
  await expect(page.getByText("Keberangkatan terverifikasi 75%, minimal 90%: 1 keberangkatan tanpa surat desa yang sah sebelum berangkat.")).toBeVisible();
  await expect(page.getByRole("region", { name: S.history.caption }).getByRole("row")).toHaveCount(5);

  // Lower thresholds: Sukarasa becomes a Desa PMI Prosedural.
  await visit("/perdes/scorecard/thresholds");
  const f = idScorecard.thresholds.fields;
  await page.getByLabel(f.minVerifiedSharePct.label).fill("50");
  await page.getByLabel(f.maxNonProcedural.label).fill("1");
  await page.getByLabel(f.minCasesOnTimeSharePct.label).fill("60");
  await page.getByRole("button", { name: idScorecard.thresholds.save }).click();
  await expect(page.getByText(idScorecard.thresholds.saved)).toBeVisible();
  await visit(`/perdes/scorecard?${H2}`);
  await expect(row(page, "Sukarasa")).toContainText(S.status.met);
  await expect(row(page, "Sukasari")).toContainText(S.status.notMet); // still no Q4 session
  const audit = await e2eDb().auditLog.findFirst({ where: { action: "perdes.scorecard-thresholds", entityId: REGION }, orderBy: { at: "desc" } });
  expect(audit?.after).toMatchObject({ minVerifiedSharePct: 50, maxNonProcedural: 1, minCasesOnTimeSharePct: 60 });
  await e2eDb().scorecardThreshold.deleteMany({ where: { regionCode: REGION } });

  // A 360 px phone: the comparison and the village page fit without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [`/perdes/scorecard?${H2}`, `/perdes/scorecard/${A}?${H2}`, "/perdes/monitoring?month=2026-10"]) {
    await visit(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});

test("the monthly report downloads as XLSX with the month's figures, and as PDF", async ({ page, signInAs, visit }) => {
  await signInAs("BP3MI_STAFF", { regionCode: REGION });
  await visit("/perdes/scorecard?month=2026-11");
  const download = page.waitForEvent("download");
  await page.getByRole("form", { name: idScorecard.report.formLabel }).getByRole("button", { name: idScorecard.report.xlsx }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("rapor-desa-2026-11.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell("A1").value).toBe(idScorecard.report.documentTitle);
  expect(String(sheet.getCell("A2").value)).toBe("Kota Tangerang · Nov 2026");
  const rows = new Map<string, unknown[]>();
  sheet.eachRow((r) => {
    const values = (r.values as unknown[]).slice(1);
    if (typeof values[2] === "string" && values[2].startsWith(`${REGION}.`)) rows.set(values[0] as string, values);
  });
  // November only: Sukarasa 1 departure, verified; 1 case closed, late (0 %); Q4 sessions 2.
  expect(rows.get("Sukarasa")).toEqual(["Sukarasa", "Tangerang", A, 1, 1, 100, 0, 1, 0, 0, "Triwulan IV 2026: 2", S.status.notMet]);
  expect(rows.get("Sukasari")?.slice(3, 8)).toEqual([0, 0, undefined, 0, 0]);
  expect(rows.get("Alam Jaya")?.at(-1)).toBe(S.status.met);

  const xlsx = await page.request.get("/perdes/scorecard/export?month=2026-11&format=xlsx");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const pdf = await page.request.get("/perdes/scorecard/export?month=2026-11&format=pdf");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const audit = await e2eDb().auditLog.findFirst({ where: { action: "perdes.scorecard-export" }, orderBy: { at: "desc" } });
  expect(audit?.after).toMatchObject({ month: "2026-11", format: "pdf", rows: 3 });
});

test("an organizer sees their own village's page only", async ({ page, signInAs, visit }) => {
  await signInAs("ORGANIZER", { villageCode: B });
  await page.goto(`/perdes/scorecard?${H2}`);
  await page.waitForURL(new RegExp(`/perdes/scorecard/${B.replace(/\./g, "\\.")}`));
  await visit(page.url());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapor desa: Sukasari");
  await expect(page.getByText("Triwulan IV 2026: 0 sosialisasi, minimal 1.")).toBeVisible();
  // Organizers do not export the report.
  await expect(page.getByRole("form", { name: idScorecard.report.formLabel })).toHaveCount(0);
  expect((await page.request.get("/perdes/scorecard/export?month=2026-11&format=xlsx")).status()).toBe(404);
  // Another village: does not exist; nor do the thresholds.
  expect((await page.goto(`/perdes/scorecard/${A}?${H2}`))?.status()).toBe(404);
  expect((await page.goto("/perdes/scorecard/thresholds"))?.status()).toBe(404);
});

test("the monitoring page shows the counts, and the returns due longest overdue first", async ({ page, signInAs, visit }) => {
  const M = idScorecard.monitoring;
  await signInAs("BP3MI_STAFF", { regionCode: REGION });
  await visit("/perdes/monitoring?month=2026-10");
  const card = (list: keyof typeof M.lists) => page.getByRole("navigation", { name: M.tabsLabel }).getByRole("link", { name: new RegExp(M.lists[list].title) });
  await expect(card("departures")).toContainText(/^1/);
  await expect(card("abroad")).toContainText(/^8/);
  await expect(card("returnsDue")).toContainText(/^2/);
  await expect(card("returns")).toContainText(/^1/);
  await expect(card("nonProcedural")).toContainText(/^1/);
  await expect(page.getByRole("region", { name: `Daftar: ${M.lists.departures.title}` })).toContainText("Cici Sukarasa");

  await card("returnsDue").click();
  await page.waitForURL(/list=returnsDue/);
  await visit(page.url());
  const rows = page.getByRole("region", { name: `Daftar: ${M.lists.returnsDue.title}` }).getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("Joko Sukarasa");
  await expect(rows.nth(2)).toContainText("Kiki Sukasari");
  const csv = await page.request.get("/perdes/monitoring/export?month=2026-10&list=returnsDue&format=csv");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Joko Sukarasa");
  expect(text).not.toContain("Ani Sukarasa");

  await card("nonProcedural").click();
  await page.waitForURL(/list=nonProcedural/);
  await expect(page.getByRole("link", { name: M.table.open.replace("{name}", "Cici Sukarasa") })).toHaveAttribute("href", /\/registry\/placements\/[0-9a-f-]{36}$/);
});
