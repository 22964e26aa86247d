import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { createUser, expect, signIn, test, VILLAGE_A, VILLAGE_B } from "./fixtures";
import { e2eDb } from "./db";
import { createTestCase } from "../factories/cases";
import idCaseLists from "../../lib/i18n/messages/id/caseLists.json" with { type: "json" };
import idCases from "../../lib/i18n/messages/id/cases.json" with { type: "json" };

// Issue 4's lists in the browser: the region's queue puts an urgent case on top, the filters
// and the download hold what the list shows, and another village's organizer sees none of it.
// The case page (/cases/[id]) is the lead's: rows are checked by their link, not followed.

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);
const later = (ms: number) => new Date(Date.now() + ms);
// A kabupaten of its own, so that no other test's case (or demo case) shares this queue.
const OWN_REGION = "36.03";
const OWN_VILLAGE = "36.03.01.2001";

const table = (page: import("@playwright/test").Page) => page.getByRole("region", { name: idCaseLists.table.caption });

test("BP3MI staff see an urgent case at the top of their region's list, and the other lists open", async ({ page, signInAs, visit }) => {
  const tag = randomUUID().slice(0, 6);
  const old = await createTestCase(e2eDb(), { villageCode: OWN_VILLAGE, workerName: `Lama ${tag}`, reportedAt: ago(6 * DAY), dueAt: later(DAY) });
  const overdue = await createTestCase(e2eDb(), { villageCode: OWN_VILLAGE, workerName: `Terlambat ${tag}`, reportedAt: ago(4 * DAY), dueAt: ago(HOUR) });
  const urgent = await createTestCase(e2eDb(), { villageCode: OWN_VILLAGE, workerName: `Mendesak ${tag}`, category: "TRAFFICKING", urgent: true, reportedAt: ago(HOUR) });

  await signInAs("BP3MI_STAFF", { regionCode: OWN_REGION });
  await visit("/cases");
  const rows = table(page).getByRole("row");
  await expect(rows).toHaveCount(4); // header + 3
  await expect(rows.nth(1)).toContainText(urgent.number);
  await expect(rows.nth(1)).toContainText(idCaseLists.table.urgent);
  await expect(rows.nth(2)).toContainText(overdue.number);
  await expect(rows.nth(2)).toContainText(idCaseLists.table.overdue);
  await expect(rows.nth(3)).toContainText(old.number);
  await expect(page.getByRole("link", { name: urgent.number })).toHaveAttribute("href", `/cases/${urgent.id}`);
  // Only organizers report cases.
  await expect(page.getByRole("link", { name: idCaseLists.list.report })).toHaveCount(0);

  await visit("/cases/overdue");
  await expect(table(page).getByRole("row")).toHaveCount(2);
  await expect(table(page)).toContainText(overdue.number);

  await visit("/cases/mine");
  await expect(page.getByText(idCaseLists.mine.empty)).toBeVisible();

  await visit("/cases/reports");
  await expect(page.getByRole("heading", { name: idCaseLists.reports.byCategory.title })).toBeVisible();
  await expect(page.getByRole("img", { name: idCaseLists.reports.chart.title })).toBeVisible();
  const tppo = page.getByRole("region", { name: idCaseLists.reports.byCategory.caption }).getByRole("row", { name: new RegExp(`^${idCases.category.TRAFFICKING.replace(/[()]/g, "\\$&")}`) });
  await expect(tppo).toBeVisible();

  // A 360 px phone: the list and the report fit without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/cases", "/cases/reports"]) {
    await visit(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});

test("the list filters by category, and the CSV download holds exactly the filtered rows", async ({ page, signInAs, visit }) => {
  const tag = randomUUID().slice(0, 6);
  const tppo = await createTestCase(e2eDb(), { villageCode: VILLAGE_A, workerName: `Dewi ${tag}`, category: "TRAFFICKING", urgent: true, reporterPhone: "081299990000" });
  const tppoB = await createTestCase(e2eDb(), { villageCode: VILLAGE_B, workerName: `Rina ${tag}`, category: "TRAFFICKING", urgent: true });
  const wages = await createTestCase(e2eDb(), { villageCode: VILLAGE_A, workerName: `Siti ${tag}`, category: "UNPAID_WAGES" });

  await signInAs("BP3MI_STAFF", { regionCode: "36.04" });
  await visit(`/cases?q=${tag}`);
  await expect(table(page).getByRole("row")).toHaveCount(4);
  await page.getByLabel(idCaseLists.filters.category).selectOption({ label: idCases.category.TRAFFICKING });
  await page.getByRole("button", { name: "Cari" }).click();
  await page.waitForURL(/category=TRAFFICKING/);
  await expect(table(page)).toContainText(tppo.number);
  await expect(table(page)).toContainText(tppoB.number);
  await expect(table(page)).not.toContainText(wages.number);
  await expect(table(page).getByRole("row")).toHaveCount(3);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: idCaseLists.export.csv }).click();
  const csv = await readFile((await (await download).path())!, "utf8");
  const lines = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(lines[0]).toContain(`${idCaseLists.export.columns.number},${idCaseLists.export.columns.reportedAt}`);
  expect(lines).toHaveLength(3);
  expect(csv).toContain(tppo.number);
  expect(csv).toContain(tppoB.number);
  expect(csv).not.toContain(wages.number);
  expect(csv).not.toContain("081299990000");
  const audit = await e2eDb().auditLog.findFirst({ where: { action: "case.export" }, orderBy: { at: "desc" } });
  expect(audit?.after).toMatchObject({ filters: { q: tag, category: "TRAFFICKING" }, format: "csv", rows: 2 });
});

test("an organizer of another village does not see the case; the village's organizer does and may report one", async ({ page, signInAs, visit, browser }) => {
  const tag = randomUUID().slice(0, 6);
  const kase = await createTestCase(e2eDb(), { villageCode: VILLAGE_A, workerName: `Ani ${tag}` });

  await signInAs("ORGANIZER", { villageCode: VILLAGE_B });
  await visit(`/cases?status=all`);
  await expect(page.getByText(kase.number)).toHaveCount(0);
  await visit(`/cases?q=${kase.number}`);
  await expect(page.getByText(idCaseLists.list.emptyFiltered)).toBeVisible();
  const exported = await page.request.get(`/cases/export?format=csv&q=${kase.number}`);
  expect(await exported.text()).not.toContain(kase.number);

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, await createUser("ORGANIZER", { villageCode: VILLAGE_A }));
  await other.goto(`/cases?q=${tag}`);
  await expect(table(other)).toContainText(kase.number);
  await expect(other.getByRole("link", { name: idCaseLists.list.report })).toHaveAttribute("href", "/cases/new");
  await context.close();
});
