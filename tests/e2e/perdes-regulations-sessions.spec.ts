import { randomUUID } from "node:crypto";
import { createTestPerson } from "../factories/people";
import { createTestSession } from "../factories/perdes";
import { e2eDb } from "./db";
import { createUser, expect, expectAccessible, signIn, test, VILLAGE_A, VILLAGE_B } from "./fixtures";

// Perdes (issue 7, items 1 and 5): an official enters the village's Perdes with its articles
// and villagers read it on a light public page (no scripts, 360 px); an organizer records a
// prevention session with its attendees and prints the attendance list; the wrong roles see
// no edit forms, and other villages and regions get 404. Texts are the Indonesian catalog's
// (lib/i18n/messages/id/perdes.json).

const tag = () => randomUUID().replace(/-/g, "").slice(0, 8);
const regulationNumber = () => String(100 + Math.floor(Math.random() * 9000));

async function regulationOf(villageCode: string, status: "DRAFT" | "IN_FORCE", title: string) {
  return e2eDb().villageRegulation.create({
    data: {
      villageCode, number: regulationNumber(), year: 2020, title, status, enactedOn: status === "DRAFT" ? null : new Date(Date.UTC(2020, 5, 1)),
      articles: { create: [{ number: "Pasal 1", heading: "Ketentuan Umum", text: "Isi pasal satu.", sortOrder: 0 }] },
    },
  });
}

test("an official adds a Perdes with two articles, and villagers read it on the public page", async ({ page, browser, signInAs, visit }) => {
  const title = `Pelindungan Pekerja Migran Indonesia ${tag()}`;
  const number = regulationNumber();
  await signInAs("VILLAGE_OFFICIAL", { villageCode: VILLAGE_A });
  await visit("/perdes/regulations");
  await expect(page.getByRole("heading", { level: 1, name: "Peraturan desa" })).toBeVisible();
  await page.getByRole("link", { name: "Tambah Perdes" }).click();
  await page.waitForURL(/\/perdes\/regulations\/new$/);
  await expectAccessible(page);
  await page.getByLabel("Nomor", { exact: true }).fill(number);
  await page.getByLabel("Tahun", { exact: true }).fill("2019");
  await page.getByLabel("Judul (tentang …)").fill(title);
  await page.getByLabel("Status").selectOption("IN_FORCE");
  await page.getByLabel("Tanggal ditetapkan").fill("2019-05-02");
  await page.getByRole("button", { name: "Simpan Perdes" }).click();
  await page.waitForURL(/\/perdes\/regulations\/[0-9a-f-]{36}\?done=created/);
  await expect(page.getByRole("status").filter({ hasText: "Perdes tersimpan." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Peraturan Desa Lontar Nomor ${number} Tahun 2019` })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;

  const addForm = page.getByRole("form", { name: "Tambah pasal" });
  await addForm.getByLabel("Nomor pasal").fill("Pasal 1");
  await addForm.getByLabel("Judul pasal (boleh kosong)").fill("Ketentuan Umum");
  await addForm.getByLabel("Isi pasal").fill("Desa adalah Desa Lontar.");
  await addForm.getByRole("button", { name: "Tambah pasal" }).click();
  await page.waitForURL(/done=articleAdded/);
  await addForm.getByLabel("Nomor pasal").fill("2");
  await addForm.getByLabel("Isi pasal").fill("(1) Pemerintah Desa mendata setiap calon PMI.\n(2) Calon PMI melapor sebelum berangkat.");
  await addForm.getByRole("button", { name: "Tambah pasal" }).click();
  await expect(page.locator("#articles li#pasal-2")).toContainText("Pemerintah Desa mendata setiap calon PMI.");
  await expect(page.locator("#articles li h3")).toHaveText(["Pasal 1Ketentuan Umum", "Pasal 2"]);
  await visit(`/perdes/regulations/${id}`);
  // Removing asks for the "I am sure" box first.
  await page.locator("li#pasal-2").getByText("Hapus pasal ini", { exact: true }).click();
  await expect(page.getByRole("form", { name: "Hapus Pasal 2" }).getByRole("checkbox")).toBeVisible();

  // A villager, no account: the new Perdes is on the village's public page, with its articles.
  const context = await browser.newContext();
  const villager = await context.newPage();
  await villager.goto(`/desa/${VILLAGE_A}/perdes`);
  expect(await villager.locator("script").count(), "a light page: no scripts").toBe(0);
  await villager.getByRole("link", { name: title }).click();
  await villager.waitForURL(new RegExp(`/desa/${VILLAGE_A.replace(/\./g, "\\.")}/perdes/${id}$`));
  await expect(villager.locator("#pasal-2")).toContainText("Calon PMI melapor sebelum berangkat.");
  await context.close();
});

test.describe("the public Perdes pages, on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("list the enacted regulations with no scripts and show the articles with anchors; drafts, other villages and unknown ones are 404", async ({ page, visit }) => {
    const inForce = await regulationOf(VILLAGE_A, "IN_FORCE", `Pelindungan PMI dan keluarganya ${tag()}`);
    await e2eDb().villageRegulationArticle.create({ data: { regulationId: inForce.id, number: "Pasal 2", heading: "Pendataan", text: "(1) Pemerintah Desa mendata setiap calon PMI.\n(2) Calon PMI melapor sebelum berangkat.", sortOrder: 1 } });
    const draft = await regulationOf(VILLAGE_A, "DRAFT", `Rancangan rahasia ${tag()}`);

    await visit(`/desa/${VILLAGE_A}/perdes`);
    await expect(page.getByRole("heading", { level: 1, name: "Peraturan Desa Lontar" })).toBeVisible();
    expect(await page.locator("script").count(), "a light page: no scripts").toBe(0);
    await expect(page.getByRole("link", { name: inForce.title })).toBeVisible();
    await expect(page.getByText(draft.title)).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "no sideways scrolling at 360 px").toBeLessThanOrEqual(360);

    await visit(`/desa/${VILLAGE_A}/perdes/${inForce.id}#pasal-2`);
    expect(await page.locator("script").count()).toBe(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Peraturan Desa Lontar Nomor ${inForce.number} Tahun 2020`);
    await expect(page.locator("#pasal-1")).toContainText("Isi pasal satu.");
    await expect(page.locator("#pasal-2")).toContainText("Calon PMI melapor sebelum berangkat.");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    expect((await page.goto(`/desa/${VILLAGE_A}/perdes/${draft.id}`))?.status(), "a draft is not public").toBe(404);
    expect((await page.goto(`/desa/${VILLAGE_B}/perdes/${inForce.id}`))?.status(), "under another village's address").toBe(404);
    expect((await page.goto("/desa/99.99.99.9999/perdes"))?.status(), "an unknown village").toBe(404);
  });
});

test("an organizer records a session, adds two attendees from the registry and prints the attendance list", async ({ page, signInAs, visit }) => {
  const t = tag();
  const first = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: `Nurlela ${t}` });
  const second = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: `Nurlela ${t} Dua`, sex: "FEMALE" });
  await createTestPerson(e2eDb(), { villageCode: VILLAGE_B, name: `Sumirah ${t}` });
  const title = `Sosialisasi migrasi aman ${t}`;

  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit("/perdes/sessions");
  await expect(page.getByRole("heading", { level: 1, name: "Sosialisasi" })).toBeVisible();
  await page.getByRole("link", { name: "Catat sosialisasi" }).click();
  await page.waitForURL(/\/perdes\/sessions\/new$/);
  await expectAccessible(page);
  await page.getByLabel("Topik").selectOption("SAFE_MIGRATION");
  await page.getByLabel("Judul kegiatan").fill(title);
  await page.getByLabel("Tempat").fill("Balai Desa Lontar");
  await page.getByLabel("Peserta lain (tidak terdaftar di pendataan)").fill("7");
  await page.getByRole("button", { name: "Simpan sosialisasi" }).click();
  await page.waitForURL(/\/perdes\/sessions\/[0-9a-f-]{36}\?done=created/);
  const id = new URL(page.url()).pathname.split("/").pop()!;

  for (const person of [first, second]) {
    await page.getByRole("searchbox", { name: "Cari warga desa" }).fill(person.name);
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await page.getByRole("form", { name: `Tambah ${person.name} ke daftar hadir` }).getByRole("button", { name: "Tambah" }).click();
    await page.waitForURL(/done=attendeeAdded/);
  }
  const list = page.getByRole("list", { name: "Daftar hadir" });
  await expect(list.getByRole("link")).toHaveText([first.name, second.name]);
  await expect(page.getByText("2 peserta terdaftar dan 7 peserta lain.")).toBeVisible();
  // The registry search stays in the village: a person of Susukan is not offered (the similar
  // names of this village are, marked as already on the list).
  await page.getByRole("searchbox", { name: "Cari warga desa" }).fill(`Sumirah ${t}`);
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await page.waitForURL(/q=Sumirah/);
  await expect(page.getByText(`Sumirah ${t}`)).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Hasil pencarian" }).getByText("Sudah tercatat hadir").first()).toBeVisible();
  await visit(`/perdes/sessions/${id}`);

  await page.getByRole("link", { name: "Daftar hadir untuk dicetak" }).click();
  await page.waitForURL(/\/print$/);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1, name: "DAFTAR HADIR" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Tanda tangan" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: first.name })).toHaveCount(2); // "Nurlela x" is in "Nurlela x Dua" too
  await expect(page.locator("tr[data-blank-row]")).toHaveCount(7);

  // The list counts it in this quarter.
  await visit("/perdes/sessions");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("list", { name: "Jumlah sosialisasi per triwulan, terbaru di atas" }).getByRole("link").first()).toContainText(/Triwulan \d \d{4}: \d+/);
});

test("an organizer reads the Perdes but gets no edit forms, and cannot open the new-Perdes page", async ({ page, signInAs, visit }) => {
  const regulation = await regulationOf(VILLAGE_A, "IN_FORCE", `Perdes untuk dibaca ${tag()}`);
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit(`/perdes/regulations/${regulation.id}`);
  await expect(page.locator("#pasal-1")).toContainText("Isi pasal satu.");
  await expect(page.getByText("Perdes diubah oleh perangkat desa.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Tambah pasal" })).toHaveCount(0);
  await expect(page.getByText("Ubah pasal ini")).toHaveCount(0);
  await expect(page.getByText("Hapus pasal ini")).toHaveCount(0);
  await visit("/perdes/regulations");
  await expect(page.getByRole("link", { name: "Tambah Perdes" })).toHaveCount(0);
  expect((await page.goto("/perdes/regulations/new"))?.status()).toBe(404);
});

test("BP3MI staff see a session of their region without edit forms; another region and another village get 404", async ({ page, browser, signInAs, visit }) => {
  const person = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: `Rukmini ${tag()}` });
  const session = await createTestSession(e2eDb(), { villageCode: VILLAGE_A, heldOn: new Date(Date.UTC(2026, 0, 15)), title: `Sosialisasi TPPO ${tag()}`, topic: "TPPO", attendeeIds: [person.id] });
  const regulation = await regulationOf(VILLAGE_A, "IN_FORCE", `Perdes wilayah ${tag()}`);

  await signInAs("BP3MI_STAFF", { regionCode: "36.04" });
  await visit(`/perdes/sessions?village=${VILLAGE_A}`);
  await expect(page.getByRole("link", { name: session.title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Catat sosialisasi" })).toHaveCount(0);
  await visit(`/perdes/sessions/${session.id}`);
  await expect(page.getByRole("list", { name: "Daftar hadir" })).toContainText(person.name);
  await expect(page.getByText("Ubah keterangan sosialisasi")).toHaveCount(0);
  await expect(page.getByText(`Hapus ${person.name}`)).toHaveCount(0);
  await expect(page.getByRole("searchbox", { name: "Cari warga desa" })).toHaveCount(0);
  expect((await page.goto("/perdes/sessions/new"))?.status()).toBe(404);

  // Other scopes, each in its own browser context.
  for (const [role, opts] of [["BP3MI_STAFF", { regionCode: "36.01" }], ["VILLAGE_OFFICIAL", { villageCode: VILLAGE_B }]] as const) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await signIn(other, await createUser(role, opts));
    expect((await other.goto(`/perdes/sessions/${session.id}`))?.status(), `${role} session`).toBe(404);
    expect((await other.goto(`/perdes/regulations/${regulation.id}`))?.status(), `${role} regulation`).toBe(404);
    await context.close();
  }
});
