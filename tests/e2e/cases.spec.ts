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

test("the whole journey: urgent report → top of BP3MI's queue → verified, assigned, referred to a KBRI, wage recovered, closed → the family sees only what is shared", async ({ page, browser }) => {
  // Its own kabupaten, so the queue's top is this case and not a seeded one.
  const VILLAGE = "36.02.01.2001";
  const worker = await createTestPerson(e2eDb(), { villageCode: VILLAGE, name: `Wartini ${randomUUID().slice(0, 6)}` });
  const organizer = await createUser("ORGANIZER", { villageCode: VILLAGE });
  await createTestPlacement(e2eDb(), { personId: worker.id, status: "DEPARTED", countryCode: "SA", departureDate: new Date(Date.UTC(2024, 5, 1)) });
  // An older, normal case of the same region: the urgent one must still come first.
  await createTestCase(e2eDb(), { villageCode: VILLAGE, workerName: `Lama ${randomUUID().slice(0, 6)}`, reportedAt: new Date(Date.now() - 5 * 86_400_000) });

  await signIn(page, organizer);
  await page.goto(`/cases/new?personId=${worker.id}`);
  await page.getByLabel("Nama pelapor").fill("Casmadi");
  await page.getByLabel("Jenis kasus").selectOption("DETENTION");
  await page.getByLabel("Apa yang terjadi").fill("Ditahan polisi setempat setelah kabur dari majikan; gaji 6 bulan belum dibayar.");
  await page.getByRole("button", { name: "Laporkan kasus" }).click();
  const code = (await page.getByTestId("tracking-code").textContent())!;
  const pin = (await page.getByTestId("tracking-pin").textContent())!;
  const kase = await e2eDb().case.findFirstOrThrow({ where: { personId: worker.id } });
  expect(kase.urgent).toBe(true);

  const staffPage = await browser.newPage();
  const staff = await createUser("BP3MI_STAFF", { regionCode: "36.02" });
  await signIn(staffPage, staff);
  await staffPage.goto("/cases");
  await expect(staffPage.locator("tbody tr").first()).toContainText(kase.number);
  await expect(staffPage.locator("tbody tr").first()).toContainText("Mendesak");
  await staffPage.locator("tbody tr").first().getByRole("link").first().click();
  await staffPage.waitForURL(`**/cases/${kase.id}`);

  await staffPage.getByRole("form", { name: "Verifikasi" }).getByRole("button", { name: "Verifikasi" }).click();
  await staffPage.waitForURL(/done=step/);
  await staffPage.getByLabel("Petugas", { exact: true }).selectOption(staff.id);
  await staffPage.getByRole("button", { name: "Simpan petugas" }).click();
  await staffPage.waitForURL(/done=assigned/);

  const referral = staffPage.getByRole("form", { name: "Rujuk ke instansi" });
  await referral.getByLabel("Instansi tujuan").selectOption("KBRI_KJRI");
  await referral.getByLabel("Negara KBRI/KJRI").selectOption("SA");
  await referral.getByLabel("Nama kantor atau organisasi").fill("KBRI Riyadh");
  await referral.getByRole("button", { name: "Simpan rujukan" }).click();
  await expect(staffPage.getByText("Rujukan disimpan. Status kasus sekarang: Dirujuk.")).toBeVisible();

  const claim = staffPage.getByRole("form", { name: "Tambah klaim" });
  await claim.getByLabel("Jenis klaim").selectOption("UNPAID_WAGES");
  await claim.getByLabel("Mata uang").selectOption("SAR");
  await claim.getByLabel("Jumlah diklaim").fill("9.000");
  await claim.getByLabel("Jumlah diperoleh kembali").fill("9.000");
  await claim.getByRole("button", { name: "Simpan klaim" }).click();
  await expect(staffPage.getByText("Klaim disimpan.")).toBeVisible();

  await staffPage.reload();
  await staffPage.getByRole("form", { name: "Tandai selesai ditangani" }).getByRole("button").click();
  await staffPage.waitForURL(/done=step/);
  const close = staffPage.getByRole("form", { name: "Tutup kasus" });
  await close.getByLabel("Alasan penutupan").selectOption("RESOLVED");
  await close.getByLabel("Catatan atau alasan").fill("Wartini sudah bebas dan gajinya dibayar lewat KBRI.");
  await close.getByLabel("Tampilkan catatan ini kepada keluarga").check();
  await close.getByLabel("Saya yakin").check();
  await close.getByRole("button", { name: "Tutup kasus" }).click();
  await expect(staffPage.getByRole("form", { name: "Tutup kasus" })).toHaveCount(0);
  await staffPage.locator("#timeline").getByLabel("Catatan", { exact: true }).fill("Internal: agen lapangan diduga terlibat.");
  await staffPage.getByRole("button", { name: "Tambah catatan" }).click();
  await staffPage.waitForURL(/done=note/);
  const row = await e2eDb().case.findUniqueOrThrow({ where: { id: kase.id }, include: { referrals: true, claims: true } });
  expect(row).toMatchObject({ status: "CLOSED", closeReason: "RESOLVED", handlerId: staff.id });
  expect(row.referrals.map((r) => [r.agency, r.countryCode])).toEqual([["KBRI_KJRI", "SA"]]);
  expect(row.claims.map((c) => [c.kind, c.currency, c.amountRecovered.toString()])).toEqual([["UNPAID_WAGES", "SAR", "9000"]]);
  await staffPage.close();

  // The family, on a phone, without an account.
  const family = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await family.goto("/kasus");
  await family.getByRole("textbox", { name: "Kode pantau" }).fill(code);
  await family.getByRole("textbox", { name: "PIN (6 angka)" }).fill(pin);
  await family.getByRole("button", { name: /Lihat/ }).click();
  await expect(family).toHaveURL(/\/kasus\/status$/);
  await expect(family.getByTestId("case-status")).toHaveText("Ditutup");
  await expect(family.getByText("Wartini sudah bebas dan gajinya dibayar lewat KBRI.")).toBeVisible();
  await expect(family.getByText("agen lapangan diduga terlibat")).toHaveCount(0);
  await expect(family.getByText("KBRI Riyadh")).toHaveCount(0);
  await family.close();
});

test("a worker on the no-contact list gets a lost-contact case in two clicks, prefilled", async ({ page, signInAs, visit }) => {
  const worker = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: `Kokom ${randomUUID().slice(0, 6)}` });
  const trip = await createTestPlacement(e2eDb(), { personId: worker.id, status: "DEPARTED", countryCode: "TW", departureDate: new Date(Date.now() - 200 * 86_400_000), lastContactAt: null });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit("/registry/welfare");
  await page.getByRole("link", { name: `Buka kasus hilang kontak: ${worker.name}` }).click();
  await page.waitForURL(/\/cases\/new\?/);
  await expect(page.getByText("Dibuka dari daftar PMI tanpa kabar.")).toBeVisible();
  await expect(page.getByLabel("Jenis kasus")).toHaveValue("LOST_CONTACT");
  await expect(page.getByLabel("Negara")).toHaveValue("TW");
  await page.getByLabel("Nama pelapor").fill("Ibu Kokom");
  await page.getByLabel("Apa yang terjadi").fill("Tidak ada kabar sejak berangkat.");
  await page.getByRole("button", { name: "Laporkan kasus" }).click();
  await expect(page.getByTestId("tracking-code")).toBeVisible();
  expect(await e2eDb().case.findFirstOrThrow({ where: { personId: worker.id } })).toMatchObject({ category: "LOST_CONTACT", placementId: trip.id, countryCode: "TW", urgent: false });
});

test("a villager's report of a suspicious recruiter becomes a case, linked to the report", async ({ page, signInAs }) => {
  const report = await e2eDb().suspiciousReport.create({
    data: { code: `LAP-${randomUUID().slice(0, 4).toUpperCase().replace(/[^2-9A-Z]/g, "A")}-TEST`, villageCode: VILLAGE_A, what: "Calo menjanjikan kerja di Jepang, minta Rp15.000.000 dulu." },
  });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await page.goto(`/reports/${report.id}`);
  await page.getByRole("link", { name: "Buka kasus dari laporan ini" }).click();
  await page.waitForURL(/\/cases\/new\?reportId=/);
  await expect(page.getByText(`Dari laporan warga ${report.code}`)).toBeVisible();
  await expect(page.getByLabel("Jenis kasus")).toHaveValue("JOB_FRAUD");
  await expect(page.getByLabel("Apa yang terjadi")).toHaveValue(report.what);
  await page.getByLabel("Nama PMI").fill("Calon PMI belum terdaftar");
  await page.getByLabel("Nama pelapor").fill("Warga");
  await page.getByRole("button", { name: "Laporkan kasus" }).click();
  await expect(page.getByTestId("tracking-code")).toBeVisible();
  const kase = await e2eDb().case.findFirstOrThrow({ where: { reportId: report.id } });
  await page.goto(`/cases/${kase.id}`);
  await expect(page.getByRole("link", { name: report.code })).toBeVisible();
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("the intake and the case page (every form shown) fit without sideways scrolling", async ({ page, signInAs, visit }) => {
    const kase = await createTestCase(e2eDb(), { villageCode: VILLAGE_A, status: "VERIFIED", workerName: `Lina ${randomUUID().slice(0, 6)}` });
    await signInAs("BP3MI_STAFF", { regionCode: "36.04" });
    await visit(`/cases/${kase.id}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().clearCookies();
    await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
    await visit("/cases/new");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test("an organizer attaches a PDF; a program renamed to .pdf is refused with the reason and not stored", async ({ page, signInAs, visit }) => {
  const kase = await createTestCase(e2eDb(), { villageCode: VILLAGE_A, workerName: `Ani ${randomUUID().slice(0, 6)}` });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit(`/cases/${kase.id}`);
  const attachments = page.locator("#attachments");
  // "MZ" is how a Windows program begins, whatever its name says.
  await attachments.getByLabel("Berkas").setInputFiles({ name: "kontrak.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]) });
  await attachments.getByRole("button", { name: "Unggah" }).click();
  await expect(page.getByText("Jenis berkas tidak diterima.")).toBeVisible();
  expect(await e2eDb().caseAttachment.count({ where: { caseId: kase.id } })).toBe(0);
  await attachments.getByLabel("Berkas").setInputFiles({ name: "surat-sakit.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await attachments.getByRole("button", { name: "Unggah" }).click();
  await expect(attachments.getByRole("link", { name: /surat-sakit\.pdf/ })).toBeVisible();
  expect(await e2eDb().caseAttachment.count({ where: { caseId: kase.id } })).toBe(1);
});
