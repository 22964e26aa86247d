import { randomUUID } from "node:crypto";
import { createTestGroup } from "../factories/groups";
import { todayWib, toDateInput } from "../../lib/placements/dates";
import { e2eDb } from "./db";
import { expect, skipBrowserValidation, test, VILLAGE_A, VILLAGE_B } from "./fixtures";

// The money sections of a group's page (issue 6 items 4 and 5): aid, a KUR loan with
// repayments and its status, monthly sales; refusals on the field. Texts are the Indonesian
// catalog's (lib/i18n/messages/id/groupMoney.json). The sections are rendered by the group
// page /groups/[id] (AidSection, LoansSection, SalesSection).

const day = (back: number, dayOfMonth = 1) => {
  const t = todayWib();
  return toDateInput(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - back, dayOfMonth)));
};

test("an organizer records aid, a KUR loan with repayments and a month's sales; bad amounts are refused on the field", async ({ page, signInAs, visit }) => {
  const group = await createTestGroup(e2eDb(), { villageCode: VILLAGE_A, name: `KKBM Rumput Laut ${randomUUID().slice(0, 6)}` });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit(`/groups/${group.id}`);

  // Aid: a negative value is refused, then saved; the total shows.
  const aid = page.getByRole("form", { name: "Catat bantuan" });
  await aid.getByLabel("Barang atau bantuan").fill("Perahu fiber");
  await aid.getByLabel("Nilai (Rp)").fill("-15.000.000");
  await aid.getByLabel("Pemberi").fill("Dinas Kelautan dan Perikanan");
  await aid.getByLabel("Tanggal diterima").fill(day(2, 5));
  await aid.getByRole("button", { name: "Simpan bantuan" }).click();
  await expect(aid.getByRole("alert").filter({ hasText: "Jumlah tidak boleh negatif." })).toBeVisible();
  await aid.getByLabel("Nilai (Rp)").fill("15.000.000");
  await aid.getByRole("button", { name: "Simpan bantuan" }).click();
  await expect(aid.getByRole("status")).toHaveText("Bantuan tersimpan.");
  const aidSection = page.locator("section#aid");
  await expect(aidSection.getByRole("table", { name: "Bantuan yang diterima kelompok" })).toContainText("Perahu fiber");
  await expect(aidSection.getByText("Jumlah nilai bantuan: Rp15.000.000")).toBeVisible();

  // A KUR loan of 12 jt over 12 months, disbursed on the 1st four months ago: four instalments due.
  const loanForm = page.getByRole("form", { name: "Catat pinjaman" });
  await loanForm.getByLabel("Jenis pinjaman").selectOption("KUR");
  await loanForm.getByLabel("Bank atau pemberi pinjaman").fill("BRI Unit Tirtayasa");
  await loanForm.getByLabel("Pokok pinjaman (Rp)").fill("12.000.000");
  await loanForm.getByLabel("Tanggal pencairan").fill(day(4));
  await loanForm.getByLabel("Jangka waktu (bulan)").fill("12");
  await loanForm.getByRole("button", { name: "Simpan pinjaman" }).click();
  await expect(loanForm.getByRole("status")).toHaveText("Pinjaman tersimpan.");

  const loan = page.getByRole("article", { name: "KUR dari BRI Unit Tirtayasa" });
  const repay = loan.getByRole("form", { name: "Catat pembayaran angsuran: KUR dari BRI Unit Tirtayasa" });
  for (const [paidOn, amount] of [[day(3), "1.000.000"], [day(2), "1.000.000"]] as const) {
    await repay.getByLabel("Tanggal bayar").fill(paidOn);
    await repay.getByLabel("Jumlah dibayar (Rp)").fill(amount);
    await repay.getByRole("button", { name: "Simpan pembayaran" }).click();
    await expect(repay.getByRole("status")).toHaveText("Pembayaran tersimpan.");
  }
  await expect(loan.getByText("Terlambat", { exact: true })).toBeVisible();
  await expect(loan.getByText("Rp10.000.000", { exact: true })).toBeVisible();
  await expect(loan.getByText("Rp2.000.000 (2 angsuran)")).toBeVisible();
  await expect(loan.getByRole("table", { name: "Pembayaran angsuran pinjaman BRI Unit Tirtayasa" }).getByRole("row")).toHaveCount(3);

  // Cents, and more than the balance, are refused on the field (the balance is said).
  await repay.getByLabel("Tanggal bayar").fill(day(1));
  await repay.getByLabel("Jumlah dibayar (Rp)").fill("2.000.000,50");
  await repay.getByRole("button", { name: "Simpan pembayaran" }).click();
  await expect(repay.getByText("Tulis rupiah tanpa sen (tanpa koma), misalnya 15.000.000.")).toBeVisible();
  await repay.getByLabel("Jumlah dibayar (Rp)").fill("10.000.001");
  await repay.getByRole("button", { name: "Simpan pembayaran" }).click();
  await expect(repay.getByText("Jumlah melebihi sisa pinjaman. Sisa pinjaman tinggal Rp10.000.000.")).toBeVisible();
  await repay.getByLabel("Jumlah dibayar (Rp)").fill("2.000.000");
  await repay.getByRole("button", { name: "Simpan pembayaran" }).click();
  await expect(repay.getByRole("status")).toHaveText("Pembayaran tersimpan.");
  await expect(loan.getByText("Lancar", { exact: true })).toBeVisible();
  await expect(loan.getByText("Rp8.000.000", { exact: true })).toBeVisible();
  expect(await e2eDb().loanRepayment.count({ where: { loan: { groupId: group.id } } })).toBe(3);

  // Sales: cents refused, then saved; the month shows; edit it.
  const sales = page.getByRole("form", { name: "Catat penjualan bulanan" });
  await sales.getByLabel("Bulan").fill(day(1).slice(0, 7));
  await sales.getByLabel("Produk").fill("Rumput laut kering");
  await sales.getByLabel("Jumlah", { exact: true }).fill("120,5");
  await sales.getByLabel("Satuan").fill("kg");
  await sales.getByLabel("Pendapatan (Rp)").fill("1.205.000,50");
  await sales.getByLabel("Dijual di").fill("Serang");
  await sales.getByRole("button", { name: "Simpan penjualan" }).click();
  await expect(sales.getByText("Tulis rupiah tanpa sen (tanpa koma), misalnya 15.000.000.")).toBeVisible();
  await sales.getByLabel("Pendapatan (Rp)").fill("1.205.000");
  await sales.getByRole("button", { name: "Simpan penjualan" }).click();
  await expect(sales.getByRole("status")).toHaveText("Penjualan tersimpan.");
  const salesTable = page.getByRole("table", { name: "Penjualan kelompok per bulan" });
  await expect(salesTable.getByRole("row").filter({ hasText: "Rumput laut kering" })).toContainText("120,5 kg");
  await expect(salesTable).toContainText("Rp1.205.000");

  // A future month is refused (the browser's own max is turned off to prove the server refuses).
  await skipBrowserValidation(page);
  await sales.getByLabel("Bulan").fill(day(-2).slice(0, 7));
  await sales.getByLabel("Produk").fill("Dodol rumput laut");
  await sales.getByLabel("Jumlah", { exact: true }).fill("40");
  await sales.getByLabel("Satuan").fill("bungkus");
  await sales.getByLabel("Pendapatan (Rp)").fill("800.000");
  await sales.getByRole("button", { name: "Simpan penjualan" }).click();
  await expect(sales.getByText("Bulan ini belum tiba.", { exact: false })).toBeVisible();
  expect(await e2eDb().salesRecord.count({ where: { groupId: group.id } })).toBe(1);

  // Delete asks first.
  const row = salesTable.getByRole("row").filter({ hasText: "Rumput laut kering" });
  await row.getByText("Hapus", { exact: true }).click();
  await row.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page.getByText("Kelompok ini belum mencatat penjualan.")).toBeVisible();
  expect(await e2eDb().auditLog.count({ where: { action: "group.sales-delete" } })).toBeGreaterThan(0);
});

test("BP3MI staff read the sections without forms; another village's organizer cannot open the group", async ({ page, signInAs, visit }) => {
  const group = await createTestGroup(e2eDb(), { villageCode: VILLAGE_A, name: `KKBM Kerang ${randomUUID().slice(0, 6)}` });
  await e2eDb().aidGrant.create({ data: { groupId: group.id, item: "Jaring apung", valueRupiah: 3_500_000n, giver: "CSR", givenOn: new Date(`${day(1)}T00:00:00Z`) } });
  await signInAs("BP3MI_STAFF", { regionCode: "36.04" });
  await visit(`/groups/${group.id}`);
  await expect(page.locator("section#aid")).toContainText("Rp3.500.000");
  await expect(page.getByRole("heading", { level: 2, name: "Pinjaman" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Produksi dan penjualan" })).toBeVisible();
  for (const name of ["Catat bantuan", "Catat pinjaman", "Catat penjualan bulanan"]) await expect(page.getByRole("form", { name })).toHaveCount(0);

  await page.context().clearCookies();
  await signInAs("ORGANIZER", { villageCode: VILLAGE_B });
  const response = await page.goto(`/groups/${group.id}`);
  expect(response?.status()).toBe(404);
});

test("three months of sales typed in the browser show in the group's revenue chart and on the printable profile", async ({ page, signInAs, visit }) => {
  const group = await createTestGroup(e2eDb(), { villageCode: VILLAGE_A, name: `KKBM Dodol ${randomUUID().slice(0, 6)}` });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit(`/groups/${group.id}`);
  const sales = page.getByRole("form", { name: "Catat penjualan bulanan" });
  const months = [day(3).slice(0, 7), day(2).slice(0, 7), day(1).slice(0, 7)];
  for (const [i, month] of months.entries()) {
    // After a save the form is drawn again, empty: type only into the new fields.
    await expect(sales.getByLabel("Produk")).toHaveValue("");
    await sales.getByLabel("Bulan").fill(month);
    await sales.getByLabel("Produk").fill("Dodol rumput laut");
    await sales.getByLabel("Jumlah", { exact: true }).fill("100");
    await sales.getByLabel("Satuan").fill("bungkus");
    await sales.getByLabel("Pendapatan (Rp)").fill(`${i + 1}.000.000`);
    await sales.getByLabel("Dijual di").fill("Tangerang");
    await sales.getByRole("button", { name: "Simpan penjualan" }).click();
    // The "saved" message of the month before may still show: wait for the row itself.
    await expect.poll(() => e2eDb().salesRecord.count({ where: { groupId: group.id } })).toBe(i + 1);
  }
  await visit(`/groups/${group.id}`);
  const chart = page.getByRole("img", { name: /Pendapatan per bulan/ });
  await expect(chart).toBeVisible();
  await expect(page.getByText(/Jumlah Rp6\.000\.000 dalam 12 bulan/)).toBeVisible();
  await visit(`/groups/${group.id}/profile`);
  await expect(page.getByTestId("sales-month")).toHaveCount(3);
  await expect(page.getByTestId("sales-total")).toHaveText("Rp6.000.000");
});
