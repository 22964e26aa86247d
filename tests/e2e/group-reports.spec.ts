import { randomUUID } from "node:crypto";
import { addTestMember, createTestGroup } from "../factories/groups";
import { createTestPerson } from "../factories/people";
import { createTestPlacement, ensurePlacementReference } from "../factories/placements";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";

// Group reports (issue 6): the printable profile of a group with 12 members, a KUR loan with
// two repayments and three months of sales; the village view with its charts and the
// reintegration rate; the XLSX download. Texts are lib/i18n/messages/id/groupReports.json's.

// A village of its own, so the reintegration rate is the one seeded here.
const VILLAGE = `36.04.13.${2900 + Math.floor(Math.random() * 90)}`;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

/** The three months before the current WIB month, as "YYYY-MM". */
function pastMonths(): string[] {
  const w = new Date(Date.now() + 7 * 3600_000);
  return [3, 2, 1].map((back) => {
    const d = new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth() - back, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  });
}

let groupId = "";

test.beforeAll(async () => {
  const db = e2eDb();
  await ensurePlacementReference(db);
  const group = await createTestGroup(db, { villageCode: VILLAGE, name: `Kelompok Rumput Laut ${randomUUID().slice(0, 6)}`, foundedOn: day(2024, 2, 1) });
  groupId = group.id;
  for (let i = 0; i < 12; i++) {
    const person = await createTestPerson(db, { villageCode: VILLAGE, name: `Anggota ${String(i + 1).padStart(2, "0")}` });
    // Three of the members are returned workers; a fourth returned worker is in no group: 3 of 4.
    if (i < 3) await createTestPlacement(db, { personId: person.id, status: "RETURNED", returnDate: day(2025, 5, 1) });
    await addTestMember(db, { groupId, personId: person.id, role: i === 0 ? "LEADER" : "MEMBER", joinedOn: day(2025, 0, 10) });
  }
  const outsider = await createTestPerson(db, { villageCode: VILLAGE, name: "Purna Tanpa Kelompok" });
  await createTestPlacement(db, { personId: outsider.id, status: "RETURNED", returnDate: day(2025, 5, 1) });
  const now = new Date();
  const loan = await db.loan.create({
    data: { groupId, kind: "KUR", lender: "BRI Unit Anyer", principalRupiah: 12_000_000n, disbursedOn: day(now.getUTCFullYear(), now.getUTCMonth() - 3, 1), termMonths: 12 },
  });
  await db.loanRepayment.createMany({
    data: [
      { loanId: loan.id, paidOn: day(now.getUTCFullYear(), now.getUTCMonth() - 2, 1), amountRupiah: 1_000_000n },
      { loanId: loan.id, paidOn: day(now.getUTCFullYear(), now.getUTCMonth() - 1, 1), amountRupiah: 1_500_000n },
    ],
  });
  const [m1, m2, m3] = pastMonths();
  const sale = (month: string, product: string, revenueRupiah: bigint) => ({ groupId, month, product, quantity: "100", unit: "kg", revenueRupiah });
  await db.salesRecord.createMany({
    data: [sale(m1!, "Rumput laut kering", 1_500_000n), sale(m2!, "Rumput laut kering", 2_000_000n), sale(m2!, "Dodol rumput laut", 500_000n), sale(m3!, "Rumput laut kering", 2_500_000n)],
  });
});

test("the printable profile shows 12 members, the loan outstanding and three months of sales, on a 360 px phone", async ({ page, signInAs, visit }) => {
  await signInAs("ORGANIZER", { villageCode: VILLAGE });
  await page.setViewportSize({ width: 360, height: 740 });
  await visit(`/groups/${groupId}/profile`);
  await expect(page.getByRole("heading", { name: "Anggota (12)" })).toBeVisible();
  await expect(page.getByText("Anggota 01").first()).toBeVisible();
  await expect(page.getByTestId("loans-outstanding")).toHaveText("Rp9.500.000");
  await expect(page.getByTestId("sales-month")).toHaveCount(3);
  await expect(page.getByTestId("sales-total")).toHaveText("Rp6.500.000");
  await expect(page.getByText("bukan keputusan kredit")).toBeVisible();
  await expect(page.getByText(/^Dicetak \d{2} \w{3} \d{4}, Desa /)).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

test("the village page shows the charts and the reintegration rate; the XLSX downloads", async ({ page, signInAs, visit }) => {
  await signInAs("VILLAGE_OFFICIAL", { villageCode: VILLAGE });
  await visit("/groups/village");
  await expect(page.getByTestId("reintegration-rate")).toHaveText("75 %");
  await expect(page.getByText("3 dari 4 purna PMI menjadi anggota kelompok yang aktif.")).toBeVisible();
  const charts = page.locator('svg[role="img"]');
  await expect(charts).toHaveCount(3);
  await expect(charts.first().locator("title")).toHaveText("Pendapatan per bulan");
  await expect(page.getByRole("img", { name: "Anggota dari waktu ke waktu" })).toBeVisible();
  await expect(page.getByText("12 anggota sekarang", { exact: false })).toBeVisible();
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  const res = await page.request.get("/groups/export");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(res.headers()["content-disposition"]).toMatch(/kelompok-usaha-\d{4}-\d{2}-\d{2}\.xlsx/);
  expect((await res.body()).subarray(0, 2).toString()).toBe("PK");
});

test("another village's organizer gets 404 on the profile; BP3MI staff pick the village", async ({ page, signInAs, visit }) => {
  await signInAs("ORGANIZER", { villageCode: "36.04.13.2008" });
  const res = await page.request.get(`/groups/${groupId}/profile`);
  expect(res.status()).toBe(404);
  await page.context().clearCookies();
  await signInAs("BP3MI_STAFF", { regionCode: "36.04" });
  await visit(`/groups/village?village=${VILLAGE}`);
  await expect(page.getByTestId("reintegration-rate")).toHaveText("75 %");
});
