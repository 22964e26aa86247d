import { test, expect, expectAccessible, VILLAGE_A } from "./fixtures";
import { e2eDb } from "./db";
import { createTestCase, TEST_CASE_PIN } from "../factories/cases";
import idFamily from "../../lib/i18n/messages/id/caseFamily.json" with { type: "json" };
import idCases from "../../lib/i18n/messages/id/cases.json" with { type: "json" };

// The family follows a case with its tracking code and PIN (issue 4 item 8): a light page
// (no scripts), at 360 px, that shows the status and the shareable notes only, and refuses
// for a while after ten wrong PINs.
const SHAREABLE = "Petugas sudah menghubungi agensi di Hong Kong; gaji akan dibayar bulan ini.";
const INTERNAL = "Catatan internal: majikan pernah dilaporkan ke KJRI.";

test.use({ viewport: { width: 360, height: 740 } });

async function seedCase() {
  const db = e2eDb();
  const kase = await createTestCase(db, { villageCode: VILLAGE_A, status: "VERIFIED", workerName: "Nur Halimah Uji" });
  await db.caseEvent.createMany({
    data: [
      { caseId: kase.id, kind: "NOTE", text: SHAREABLE, shareable: true, actorName: "Dewi Uji" },
      { caseId: kase.id, kind: "NOTE", text: INTERNAL, shareable: false, actorName: "Dewi Uji" },
    ],
  });
  return kase;
}

async function openCase(page: import("@playwright/test").Page, code: string, pin: string) {
  await page.getByLabel(idFamily.code).fill(code);
  await page.getByLabel(idFamily.pin).fill(pin);
  await page.getByRole("button", { name: idFamily.submit }).click();
}

async function fitsTheScreen(page: import("@playwright/test").Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "no sideways scrolling at 360 px").toBeLessThanOrEqual(360);
}

test("the family opens the case with code and PIN and sees the status and the shareable note only", async ({ page, visit }) => {
  const kase = await seedCase();
  await visit("/kasus");
  expect(await page.locator("script").count(), "a light page: no scripts").toBe(0);
  await expect(page.getByLabel(idFamily.pin)).toHaveAttribute("type", "password");
  await expect(page.getByLabel(idFamily.pin)).toHaveAttribute("inputmode", "numeric");
  await fitsTheScreen(page);

  await openCase(page, kase.trackingCode.toLowerCase(), TEST_CASE_PIN);
  await expect(page).toHaveURL(/\/kasus\/status$/);
  expect(page.url()).not.toContain(TEST_CASE_PIN);
  await expect(page.getByText(kase.trackingCode)).toBeVisible();
  await expect(page.getByTestId("case-status")).toHaveText(idCases.status.VERIFIED);
  await expect(page.getByText(idFamily.statusHelp.VERIFIED)).toBeVisible();
  await expect(page.getByText(SHAREABLE)).toBeVisible();
  await expect(page.getByText(INTERNAL)).toHaveCount(0);
  const html = await page.content();
  for (const secret of ["Nur Halimah Uji", "Dewi Uji", kase.number, kase.whatHappened]) expect(html).not.toContain(secret);
  expect(await page.locator("script").count()).toBe(0);
  await fitsTheScreen(page);
  await expectAccessible(page);

  // "Keluar" forgets the access: the status page sends back to the form.
  await page.getByRole("button", { name: idFamily.signOut }).click();
  await expect(page).toHaveURL(/\/kasus\?keluar=1$/);
  await expect(page.getByText(idFamily.signedOut)).toBeVisible();
  await page.goto("/kasus/status");
  await expect(page).toHaveURL(/\/kasus$/);
});

test("a wrong PIN gets one message that does not say which part was wrong", async ({ page, visit }) => {
  const kase = await seedCase();
  await visit("/kasus");
  await openCase(page, kase.trackingCode, "000000");
  await expect(page).toHaveURL(/\/kasus\?f=/);
  expect(page.url()).not.toContain("000000");
  await expect(page.getByRole("alert")).toHaveText(idFamily.errors.wrong);
  // The code is kept, the PIN is not.
  await expect(page.getByLabel(idFamily.code)).toHaveValue(kase.trackingCode);
  await expect(page.getByLabel(idFamily.pin)).toHaveValue("");
  await fitsTheScreen(page);
  await expectAccessible(page);

  // An unknown code: the very same message.
  await openCase(page, "PK-ZZZZ-ZZZZ", TEST_CASE_PIN);
  await expect(page.getByRole("alert")).toHaveText(idFamily.errors.wrong);
});

test("after ten wrong PINs the right PIN is refused for a while, with when to try again", async ({ page }) => {
  const kase = await seedCase();
  await page.goto("/kasus");
  for (let i = 0; i < 10; i++) {
    await openCase(page, kase.trackingCode, String(100000 + i));
    await expect(page.getByRole("alert")).toHaveText(idFamily.errors.wrong);
  }
  await openCase(page, kase.trackingCode, TEST_CASE_PIN);
  await expect(page).toHaveURL(/\/kasus\?f=/);
  await expect(page.getByRole("alert")).toHaveText(idFamily.errors.blocked.replace("{minutes}", "15"));
  await expect(page.getByRole("alert")).toContainText("Coba lagi setelah sekitar 15 menit");
  await page.goto("/kasus/status");
  await expect(page).toHaveURL(/\/kasus$/);
});
