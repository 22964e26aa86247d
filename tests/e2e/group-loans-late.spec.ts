import { randomUUID } from "node:crypto";
import { createTestGroup } from "../factories/groups";
import { todayWib } from "../../lib/placements/dates";
import { e2eDb } from "./db";
import { expect, test, VILLAGE_A, VILLAGE_B } from "./fixtures";

// The late-repayment list (issue 6 item 4, docs/decisions/026): every LATE loan of the groups
// in the actor's villages, most behind first, each linked to its group. Texts are the
// Indonesian catalog's (lib/i18n/messages/id/groupMoney.json).

/** The first day of the month `back` months before this one (WIB): instalments fall due on the 1st. */
function monthsAgo(back: number): Date {
  const t = todayWib();
  return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - back, 1));
}

async function loan(groupId: string, opts: { principal: bigint; term: number; back: number; repaid?: bigint; lender: string }) {
  const created = await e2eDb().loan.create({
    data: { groupId, kind: "KUR", lender: opts.lender, principalRupiah: opts.principal, disbursedOn: monthsAgo(opts.back), termMonths: opts.term },
  });
  if (opts.repaid) await e2eDb().loanRepayment.create({ data: { loanId: created.id, paidOn: monthsAgo(opts.back - 1), amountRupiah: opts.repaid } });
  return created;
}

test("an organizer sees her village's late loans, most behind first, linked to the group; not another village's", async ({ page, signInAs, visit }) => {
  const tag = randomUUID().slice(0, 6);
  const seaweed = await createTestGroup(e2eDb(), { villageCode: VILLAGE_A, name: `Rumput Laut ${tag}` });
  const mussel = await createTestGroup(e2eDb(), { villageCode: VILLAGE_A, name: `Kerang Hijau ${tag}` });
  const cricket = await createTestGroup(e2eDb(), { villageCode: VILLAGE_B, name: `Jangkrik ${tag}` });
  // 4 instalments of 1 jt due, 1 jt repaid: 3 jt behind.
  const late = await loan(seaweed.id, { principal: 12_000_000n, term: 12, back: 4, repaid: 1_000_000n, lender: `BRI Tirtayasa ${tag}` });
  // 2 instalments of 500 rb due, nothing repaid: 1 jt behind.
  await loan(mussel.id, { principal: 6_000_000n, term: 12, back: 2, lender: `Bank BJB ${tag}` });
  // Paid ahead: current, not listed.
  await loan(mussel.id, { principal: 2_000_000n, term: 4, back: 1, repaid: 2_000_000n, lender: `Koperasi ${tag}` });
  await loan(cricket.id, { principal: 50_000_000n, term: 10, back: 5, lender: `Mandiri ${tag}` });

  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit("/groups/loans/late");
  await expect(page.getByRole("heading", { level: 1, name: "Pinjaman terlambat" })).toBeVisible();
  const table = page.getByRole("table", { name: "Pinjaman terlambat" });
  const rows = table.getByRole("row").filter({ hasText: tag });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(`Rumput Laut ${tag}`);
  await expect(rows.nth(0)).toContainText("Lontar");
  await expect(rows.nth(0)).toContainText(`KUR · BRI Tirtayasa ${tag}`);
  await expect(rows.nth(0)).toContainText("Rp12.000.000");
  await expect(rows.nth(0)).toContainText("Rp11.000.000");
  await expect(rows.nth(0)).toContainText("Rp3.000.000 (3 angsuran)");
  await expect(rows.nth(1)).toContainText(`Kerang Hijau ${tag}`);
  await expect(rows.nth(1)).toContainText("Rp1.000.000 (2 angsuran)");
  await expect(rows.nth(1)).toContainText("Belum pernah");
  await expect(table).not.toContainText(`Jangkrik ${tag}`);
  await expect(rows.nth(0).getByRole("link", { name: `Rumput Laut ${tag}` })).toHaveAttribute("href", `/groups/${seaweed.id}#loan-${late.id}`);
});

test("BP3MI staff of another kabupaten see the empty list; an admin does not reach the page", async ({ page, signInAs, visit }) => {
  await signInAs("BP3MI_STAFF", { regionCode: "36.01" });
  await visit("/groups/loans/late");
  await expect(page.getByText("Tidak ada pinjaman yang terlambat.")).toBeVisible();

  await page.context().clearCookies();
  await signInAs("ADMIN");
  const response = await page.goto("/groups/loans/late");
  expect(response?.status()).toBe(404);
});
