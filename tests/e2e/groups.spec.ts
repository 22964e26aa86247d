import { randomUUID } from "node:crypto";
import { ensureGroupKinds } from "../factories/groups";
import { createTestPerson } from "../factories/people";
import { createTestPlacement, ensurePlacementReference } from "../factories/placements";
import { e2eDb } from "./db";
import { createUser, expect, expectAccessible, signIn, test, VILLAGE_A, VILLAGE_B } from "./fixtures";

// Empowerment (issue 6, items 1–3): an organizer creates the seaweed group in the browser with
// 12 members from the registry (ticked at once), records a training with attendance; another
// village's organizer gets 404 and does not see it in the list. Texts are the Indonesian
// catalog's (lib/i18n/messages/id/groups.json).

const tag = () => randomUUID().replace(/-/g, "").slice(0, 6);
const letters = (s: string) => s.replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!);

test("an organizer creates the seaweed group with 12 registry members and records a training; another village gets 404", async ({ page, browser, signInAs, visit }) => {
  await ensureGroupKinds(e2eDb());
  const family = `Rumputlaut ${letters(tag())}`;
  for (let i = 1; i <= 12; i++) await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: `${family} Anggota ${String.fromCharCode(64 + i)}` });
  const groupName = `Kelompok Rumput Laut Mekar ${tag()}`;

  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit("/groups");
  await expect(page.getByRole("heading", { level: 1, name: "Kelompok usaha" })).toBeVisible();
  await page.getByRole("link", { name: "Buat kelompok" }).click();
  await page.waitForURL(/\/groups\/new$/);
  await page.getByLabel("Nama kelompok").fill(groupName);
  await page.getByLabel("Jenis usaha").selectOption("SEAWEED_FARMING");
  await page.getByLabel("Tanggal berdiri (boleh kosong)").fill("2025-03-01");
  await page.getByRole("button", { name: "Simpan kelompok" }).click();
  await page.waitForURL(/\/groups\/[0-9a-f-]{36}\?done=created/);
  await expect(page.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  const groupUrl = new URL(page.url()).pathname;

  // The registry search finds the 12; all are ticked and added in one step.
  await page.getByRole("searchbox", { name: "Cari warga desa (nama atau NIK)" }).fill(family);
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  const addForm = page.getByRole("form", { name: "Tambahkan warga yang dicentang" });
  await expect(addForm.getByRole("checkbox")).toHaveCount(12);
  await expectAccessible(page);
  for (const box of await addForm.getByRole("checkbox").all()) await box.check();
  await addForm.getByLabel("Tanggal bergabung").fill("2025-03-01");
  await addForm.getByRole("button", { name: "Tambahkan yang dicentang" }).click();
  await page.waitForURL(/done=membersAdded/);
  await expect(page.getByText("12 anggota aktif.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Anggota aktif kelompok" }).getByRole("row")).toHaveCount(13);

  // A training with attendance of three members.
  const training = page.getByRole("form", { name: "Catat pelatihan" });
  await training.getByLabel("Tanggal", { exact: true }).fill("2026-11-05");
  await training.getByLabel("Topik").selectOption("FINANCIAL_LITERACY");
  await training.getByLabel("Judul pelatihan").fill("Pembukuan sederhana kelompok");
  await training.getByLabel("Pemberi pelatihan").fill("Dinas Koperasi Kabupaten Serang");
  for (const letter of ["A", "B", "C"]) await training.getByLabel(`${family} Anggota ${letter}`).check();
  await training.getByRole("button", { name: "Simpan pelatihan" }).click();
  await page.waitForURL(/done=trainingRecorded/);
  const trainings = page.getByRole("region", { name: "Pelatihan kelompok" });
  await expect(trainings).toContainText("Pembukuan sederhana kelompok");
  await expect(trainings).toContainText("3 anggota");
  await visit(groupUrl);

  // Another village's organizer: not in the list, 404 by id.
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, await createUser("ORGANIZER", { villageCode: VILLAGE_B }));
  await other.goto("/groups");
  await expect(other.getByRole("heading", { level: 1, name: "Kelompok usaha" })).toBeVisible();
  await expect(other.getByText(groupName)).toHaveCount(0);
  const response = await other.goto(groupUrl);
  expect(response?.status()).toBe(404);
  await context.close();

});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the group list and a group's page do not scroll sideways", async ({ page, signInAs, visit }) => {
    await ensureGroupKinds(e2eDb());
    const group = await e2eDb().businessGroup.create({ data: { villageCode: VILLAGE_A, name: `Kelompok Kerang Hijau Pantai ${tag()}`, kindCode: "GREEN_MUSSEL_FARMING" } });
    const person = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: "Siti Khodijah Rahmawati" });
    await e2eDb().groupMember.create({ data: { groupId: group.id, personId: person.id, role: "LEADER", joinedOn: new Date(Date.UTC(2025, 5, 1)) } });
    await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
    for (const path of ["/groups", `/groups/${group.id}`, "/groups/cooperatives"]) {
      await visit(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `no sideways scrolling at 360 px on ${path}`).toBeLessThanOrEqual(360);
    }
  });
});

test("leaving asks for confirmation and keeps the history; BP3MI of the region reads without forms, another region gets 404", async ({ page, browser, signInAs, visit }) => {
  await ensureGroupKinds(e2eDb());
  const group = await e2eDb().businessGroup.create({ data: { villageCode: VILLAGE_A, name: `Kelompok Jangkrik Lontar ${tag()}`, kindCode: "CRICKET_FARMING" } });
  const person = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: "Ahmad Fauzi Ramdani" });
  await e2eDb().groupMember.create({ data: { groupId: group.id, personId: person.id, role: "MEMBER", joinedOn: new Date(Date.UTC(2025, 5, 1)) } });
  // A returned worker: their person page lists the group.
  await ensurePlacementReference(e2eDb());
  await createTestPlacement(e2eDb(), { personId: person.id, status: "RETURNED", countryCode: "TW", departureDate: new Date(Date.UTC(2022, 0, 10)), returnDate: new Date(Date.UTC(2025, 0, 10)) });

  await signInAs("VILLAGE_OFFICIAL", { villageCode: VILLAGE_A });
  await visit(`/registry/people/${person.id}`);
  const groupsOnPage = page.getByRole("region", { name: "Kelompok usaha" });
  await expect(groupsOnPage.getByRole("link", { name: group.name })).toBeVisible();
  await expect(groupsOnPage).toContainText("sejak 01 Jun 2025");
  await visit(`/groups/${group.id}`);
  await page.locator("summary", { hasText: "Catat keluar" }).click();
  const leave = page.getByRole("form", { name: "Catat Ahmad Fauzi Ramdani keluar dari kelompok" });
  await leave.getByLabel("Tanggal keluar").fill("2026-10-31");
  await leave.getByLabel("Alasan (boleh kosong)").fill("Berangkat lagi ke Taiwan");
  await expect(leave.getByRole("checkbox")).toBeVisible();
  await leave.getByRole("checkbox").check();
  await leave.getByRole("button", { name: "Catat keluar" }).click();
  await page.waitForURL(/done=memberLeft/);
  const past = page.getByRole("region", { name: "Anggota yang sudah keluar" });
  await expect(past).toContainText("Ahmad Fauzi Ramdani");
  await expect(past).toContainText("Berangkat lagi ke Taiwan");
  // The person page keeps the membership, with its end.
  await visit(`/registry/people/${person.id}`);
  await expect(page.getByRole("region", { name: "Kelompok usaha" })).toContainText("sejak 01 Jun 2025 sampai 31 Okt 2026");

  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signIn(staffPage, await createUser("BP3MI_STAFF", { regionCode: "36.04" }));
  await staffPage.goto(`/groups/${group.id}`);
  await expect(staffPage.getByRole("heading", { level: 1, name: group.name })).toBeVisible();
  await expect(staffPage.getByText("Anda hanya dapat melihat kelompok ini.")).toBeVisible();
  await expect(staffPage.getByRole("main").getByRole("form")).toHaveCount(0);
  await expect(staffPage.getByRole("button", { name: "Simpan pelatihan" })).toHaveCount(0);
  await staff.close();

  const otherRegion = await browser.newContext();
  const otherPage = await otherRegion.newPage();
  await signIn(otherPage, await createUser("BP3MI_STAFF", { regionCode: "36.01" }));
  expect((await otherPage.goto(`/groups/${group.id}`))?.status()).toBe(404);
  await otherRegion.close();
});

test("an admin adds a kind of group on /admin/group-kinds", async ({ page, signInAs, visit }) => {
  await ensureGroupKinds(e2eDb());
  const code = `LELE_${letters(tag()).toUpperCase()}`;
  await signInAs("ADMIN");
  await visit("/admin/group-kinds");
  await expect(page.getByRole("heading", { level: 1, name: "Jenis kelompok usaha" })).toBeVisible();
  const add = page.getByRole("form", { name: "Tambah jenis" });
  await add.getByLabel("Kode").fill(code);
  await add.getByLabel("Nama (Indonesia)").fill("Budidaya lele");
  await add.getByLabel("Nama (Inggris)").fill("Catfish farming");
  await add.getByRole("button", { name: "Tambah jenis" }).click();
  await page.waitForURL(/done=created/);
  await expect(page.getByRole("region", { name: "Jenis kelompok usaha" })).toContainText(code);
});
