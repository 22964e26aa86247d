import { gzipSync } from "node:zlib";
import { randomUUID } from "node:crypto";
import { test, expect, VILLAGE_A } from "./fixtures";
import { e2eDb } from "./db";
import { createTestRecruiter, ensureRuleReference } from "../factories/recruiters";
import idOffer from "../../lib/i18n/messages/id/offercheck.json" with { type: "json" };
import idPublic from "../../lib/i18n/messages/id/public.json" with { type: "json" };
import idReports from "../../lib/i18n/messages/id/reports.json" with { type: "json" };

// The villagers' pages (issue 5): they work with JavaScript off, send at most 80 KB of
// JavaScript, do not shift, and pass axe. Texts come from the catalogs.
const suffix = randomUUID().slice(0, 6);
const LICENSED = `PT Uji Lansia Sejahtera ${suffix}`;
const REVOKED = `PT Uji Dicabut Abadi ${suffix}`;
const REVOKED_LICENCE = `B.E2E-${suffix}/KA/2019`;
const DECREE = "SK Kepala BP2MI No. 45/2026";

test.beforeAll(async () => {
  const db = e2eDb();
  await ensureRuleReference(db);
  await createTestRecruiter(db, { name: LICENSED, licenceNumber: `B.E2E-${suffix}/KA/2023` });
  await createTestRecruiter(db, { name: REVOKED, licenceNumber: REVOKED_LICENCE, status: "REVOKED", decree: DECREE, decreeOn: "2026-03-02" });
});

const PUBLIC_PAGES = ["/", "/cek-tawaran", `/cek-tawaran/hasil?by=INDIVIDUAL&visa=VISIT&contract=no`, `/cek-perusahaan?q=${encodeURIComponent("Uji Dicabut")}`, "/cek-agen?q=rudi", "/lapor", "/lapor/status?code=LAP-AAAA-BBBB", "/kasus", "/kasus/status"];

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });
  // axe needs JavaScript in the page, so these use page.goto; the same pages pass axe with
  // JavaScript on in "light pages" below.

  test("pengasuh lansia in Taiwan via a licensed company asked Rp25.000.000: zero-cost job, fee not allowed, rule named", async ({ page }) => {
    await page.goto("/cek-tawaran");
    await page.getByRole("radio", { name: idOffer.recruitedBy.COMPANY }).check();
    await page.getByLabel(idOffer.form.company).fill(LICENSED);
    await page.getByLabel(idOffer.form.country).selectOption({ label: "Taiwan" });
    await page.getByLabel(idOffer.form.job).selectOption({ label: "Pengasuh lansia" });
    await page.getByRole("radio", { name: idOffer.visa.WORK }).check();
    await page.getByLabel(idOffer.form.money).fill("Rp25.000.000");
    await page.getByRole("group", { name: idOffer.form.contract }).getByRole("radio", { name: idOffer.contract.yes }).check();
    await page.getByLabel(idOffer.form.age).fill("27");
    await page.getByRole("button", { name: idOffer.form.submit }).click();

    await expect(page).toHaveURL(/\/cek-tawaran\/hasil\?/);
    await expect(page.getByRole("heading", { name: idOffer.verdict.DANGEROUS.title })).toBeVisible();
    const fee = page.locator('[data-reason="FEE_ZERO_COST_JOB"]');
    await expect(fee).toContainText("Pengasuh lansia");
    await expect(fee).toContainText("Rp25.000.000");
    await expect(fee).toContainText("Peraturan BP2MI No. 9 Tahun 2020");
    await expect(page.locator('[data-reason="COMPANY_LICENSED"]')).toContainText(LICENSED);
    // The result is in the address: the share link carries it.
    const share = await page.getByRole("link", { name: idOffer.result.share }).getAttribute("href");
    expect(decodeURIComponent(share ?? "")).toContain("/cek-tawaran/hasil?by=COMPANY");
  });

  test("housemaid for a private household in Saudi Arabia: moratorium", async ({ page }) => {
    await page.goto("/cek-tawaran");
    await page.getByRole("radio", { name: idOffer.recruitedBy.INDIVIDUAL }).check();
    await page.getByLabel(idOffer.form.country).selectOption({ label: "Arab Saudi" });
    await page.getByLabel(idOffer.form.job).selectOption({ label: "Pengurus rumah tangga" });
    await page.getByRole("radio", { name: idOffer.visa.UMRAH }).check();
    await page.getByRole("group", { name: idOffer.form.contract }).getByRole("radio", { name: idOffer.contract.no }).check();
    await page.getByRole("button", { name: idOffer.form.submit }).click();
    await expect(page.getByRole("heading", { name: idOffer.verdict.DANGEROUS.title })).toBeVisible();
    await expect(page.locator('[data-reason="MORATORIUM_HOUSEHOLD"]')).toContainText("Kepmenaker No. 260 Tahun 2015");
    await expect(page.locator('[data-reason="RECRUITED_BY_INDIVIDUAL"]')).toBeVisible();
    await expect(page.locator('[data-reason="VISA_NOT_FOR_WORK"]')).toBeVisible();
  });

  test("a missing answer is shown next to its question", async ({ page }) => {
    await page.goto("/cek-tawaran/hasil?by=COMPANY&money=banyak");
    await expect(page.getByText(idOffer.errors.badMoney)).toBeVisible();
    await expect(page.getByText(idOffer.form.errorSummary)).toBeVisible();
  });

  test("a revoked company is shown as revoked with its decree", async ({ page }) => {
    await page.goto("/cek-perusahaan");
    await page.getByRole("searchbox", { name: idPublic.checkCompany.label }).fill(REVOKED_LICENCE);
    await page.getByRole("button", { name: idPublic.checkCompany.submit }).click();
    const card = page.locator('[data-status="REVOKED"]');
    await expect(card).toContainText(REVOKED);
    await expect(card).toContainText(`Izin dicabut berdasarkan ${DECREE} tanggal 02 Mar 2026`);
    await expect(card).toContainText("Data diperiksa terakhir: 12 Nov 2026");
  });

  test("a villager reports anonymously and follows the report by its code", async ({ page }) => {
    await page.goto("/lapor");
    await page.getByLabel(idReports.public.what).fill("Ditawari kerja ke Dubai dengan visa turis oleh orang tak dikenal.");
    await page.getByLabel(idReports.public.phone).fill("0812-0000-9911");
    await page.getByLabel(idReports.public.village).selectOption(VILLAGE_A);
    await page.waitForTimeout(3_200); // the form refuses a submit sooner than 3 s after render
    await page.getByRole("button", { name: idReports.public.submit }).click();
    const code = (await page.getByTestId("report-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^LAP-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await page.getByRole("link", { name: idReports.public.statusLink }).click();
    await expect(page.getByText(idReports.status.NEW, { exact: true })).toBeVisible();
  });
});

test.describe("light pages", () => {
  for (const path of PUBLIC_PAGES) {
    test(`${path} sends at most 80 KB of JavaScript (gzipped), does not shift and passes axe`, async ({ page, visit }) => {
      const scripts: Promise<number>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") scripts.push(response.body().then((b) => gzipSync(b).length).catch(() => 0));
      });
      await page.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      await visit(path);
      await page.waitForLoadState("networkidle");
      const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
      expect(total, `gzipped JavaScript on ${path}: ${total} bytes`).toBeLessThanOrEqual(80 * 1024);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      expect(cls).toBeLessThan(0.01);
    });
  }

  test("the result page has no own client components and prints without the share buttons", async ({ page }) => {
    await page.goto("/cek-tawaran/hasil?by=INDIVIDUAL&visa=VISIT&contract=no");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("link", { name: idOffer.result.share })).toBeHidden();
    await expect(page.getByRole("heading", { name: idOffer.verdict.DANGEROUS.title })).toBeVisible();
  });
});
