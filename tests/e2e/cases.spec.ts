import { randomUUID } from "node:crypto";
import { createTestCase } from "../factories/cases";
import { createTestPerson } from "../factories/people";
import { createTestPlacement, ensurePlacementReference } from "../factories/placements";
import { e2eDb } from "./db";
import { createUser, expect, signIn, test, VILLAGE_A } from "./fixtures";

// Cases (issue 4): an organizer reports an urgent case for a registered worker; BP3MI staff
// of the region verify, assign and close it; the wrong roles and regions cannot.
// Texts are the Indonesian catalog's (lib/i18n/messages/id/cases.json).

test.beforeAll(async () => {
  await ensurePlacementReference(e2eDb());
});

async function workerAbroad(name: string) {
  const person = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: `${name} ${randomUUID().slice(0, 6)}` });
  await createTestPlacement(e2eDb(), { personId: person.id, status: "DEPARTED", countryCode: "MY", departureDate: new Date(Date.UTC(2025, 2, 1)) });
  return person;
}

test("an organizer reports an urgent case from the person page and gets a tracking code and PIN", async ({ page, signInAs, visit }) => {
  const worker = await workerAbroad("Nur Halimah");
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit(`/registry/people/${worker.id}`);
  await page.getByRole("link", { name: "Laporkan kasus untuk warga ini" }).click();
  await page.waitForURL(/\/cases\/new\?personId=/);
  await visit(new URL(page.url()).pathname + new URL(page.url()).search);
  await expect(page.getByText(`PMI: ${worker.name}`).first()).toBeVisible();
  await page.getByLabel("Nama pelapor").fill("Ahmad Fauzi");
  await page.getByLabel("Hubungan dengan PMI").fill("Suami");
  await page.getByLabel("Nomor telepon/WhatsApp pelapor").fill("0812 3456 7890");
  await page.getByLabel("Jenis kasus").selectOption("VIOLENCE");
  await expect(page.getByLabel("Negara")).toHaveValue("MY");
  await page.getByLabel("Apa yang terjadi").fill("Dipukul majikan, paspor ditahan.");
  await page.getByRole("button", { name: "Laporkan kasus" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Kasus KSS-\d{4}-\d{6} tercatat/ })).toBeVisible();
  await expect(page.getByTestId("tracking-code")).toHaveText(/^PK-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(page.getByTestId("tracking-pin")).toHaveText(/^\d{6}$/);
  await page.getByRole("link", { name: "Buka kasus" }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Mendesak").first()).toBeVisible();
  // Organizers do not verify or close: no such forms, a hint instead.
  await expect(page.getByRole("button", { name: "Verifikasi" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Tutup kasus" })).toHaveCount(0);
  await expect(page.getByText("Verifikasi, mediasi, rujukan dan penutupan dilakukan petugas BP3MI.")).toBeVisible();
  const kase = await e2eDb().case.findFirstOrThrow({ where: { personId: worker.id } });
  expect(kase).toMatchObject({ urgent: true, status: "REPORTED", category: "VIOLENCE", countryCode: "MY" });
});

test("BP3MI staff verify, assign and close a case with a reason; the timeline shows each step", async ({ page, signInAs, visit }) => {
  const kase = await createTestCase(e2eDb(), { villageCode: VILLAGE_A, urgent: true, category: "UNPAID_WAGES", workerName: `Rina ${randomUUID().slice(0, 6)}` });
  const staff = await signInAs("BP3MI_STAFF", { regionCode: "36.04" });
  await visit(`/cases/${kase.id}`);
  await page.getByRole("form", { name: "Verifikasi" }).getByRole("button", { name: "Verifikasi" }).click();
  await page.waitForURL(/done=step/);
  await expect(page.getByRole("status").filter({ hasText: "Status kasus diperbarui." })).toBeVisible();
  await page.getByLabel("Petugas", { exact: true }).selectOption(staff.id);
  await page.getByRole("button", { name: "Simpan petugas" }).click();
  await page.waitForURL(/done=assigned/);
  await page.getByRole("form", { name: "Tandai selesai ditangani" }).getByRole("button").click();
  await page.waitForURL(/done=step/);
  const close = page.getByRole("form", { name: "Tutup kasus" });
  // A resolved case closes as "resolved": another reason is refused with the rule.
  await close.getByLabel("Alasan penutupan").selectOption("HANDED_OVER");
  await close.getByLabel("Saya yakin").check();
  await close.getByRole("button", { name: "Tutup kasus" }).click();
  await expect(close.getByRole("alert").first()).toContainText("ditutup dengan alasan \"Selesai ditangani\"");
  await close.getByLabel("Alasan penutupan").selectOption("RESOLVED");
  await close.getByLabel("Catatan atau alasan").fill("Gaji sudah dibayar penuh.");
  await close.getByLabel("Tampilkan catatan ini kepada keluarga").check();
  await close.getByLabel("Saya yakin").check();
  await close.getByRole("button", { name: "Tutup kasus" }).click();
  // The URL already says done=step (from resolving): wait for the closed case's page instead.
  await expect(page.getByRole("form", { name: "Tutup kasus" })).toHaveCount(0);
  await visit(`/cases/${kase.id}`);
  const timeline = page.getByRole("region", { name: "Riwayat kasus" }).or(page.locator("#timeline"));
  await expect(timeline.getByText("Status: Selesai ditangani → Ditutup")).toBeVisible();
  await expect(timeline.getByText("Gaji sudah dibayar penuh.")).toBeVisible();
  await expect(timeline.getByText("Status: Dilaporkan → Terverifikasi")).toBeVisible();
  expect(await e2eDb().case.findUniqueOrThrow({ where: { id: kase.id } })).toMatchObject({ status: "CLOSED", closeReason: "RESOLVED", handlerId: staff.id });
});

test("a second person saving from an older page is told, not overwritten", async ({ page, browser, signInAs }) => {
  const kase = await createTestCase(e2eDb(), { villageCode: VILLAGE_A, workerName: `Sari ${randomUUID().slice(0, 6)}` });
  const staff = await signInAs("BP3MI_STAFF", { regionCode: "36.04" });
  await page.goto(`/cases/${kase.id}`);
  const other = await browser.newPage();
  await signIn(other, await createUser("BP3MI_STAFF", { regionCode: "36.04" }));
  await other.goto(`/cases/${kase.id}`);
  await other.getByRole("form", { name: "Verifikasi" }).getByRole("button", { name: "Verifikasi" }).click();
  await other.waitForURL(/done=step/);
  // The first page still shows version 0.
  await page.getByLabel("Petugas", { exact: true }).selectOption(staff.id);
  await page.getByRole("button", { name: "Simpan petugas" }).click();
  await expect(page.getByText("Kasus ini baru saja diubah orang lain.")).toBeVisible();
  expect((await e2eDb().case.findUniqueOrThrow({ where: { id: kase.id } })).handlerId).toBeNull();
  await other.close();
});

test("staff of another region and an organizer of another village get 404", async ({ page, signInAs }) => {
  const kase = await createTestCase(e2eDb(), { villageCode: VILLAGE_A, workerName: `Tuti ${randomUUID().slice(0, 6)}` });
  await signInAs("BP3MI_STAFF", { regionCode: "36.01" });
  const response = await page.goto(`/cases/${kase.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(kase.workerName)).toHaveCount(0);
});
