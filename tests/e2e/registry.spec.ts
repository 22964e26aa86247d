import { makeNik } from "../../lib/registry/nik";
import { createTestPerson, makeKkNumber } from "../factories/people";
import { e2eDb } from "./db";
import { expect, expectAccessible, test, VILLAGE_A, VILLAGE_B } from "./fixtures";

// The registry as an organizer, an organizer of another village and BP3MI staff use it.
// Every page visited goes through `visit` (accessibility check). NIKs get a random serial
// so that the specs can run again on the same database.

const serial = () => 1000 + Math.floor(Math.random() * 8999);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

async function fillPerson(page: import("@playwright/test").Page, p: { nik: string; name: string; sex: "MALE" | "FEMALE"; birthDate: string }) {
  await page.getByLabel("NIK", { exact: true }).fill(p.nik);
  await page.getByLabel("Nama lengkap").fill(p.name);
  await page.getByLabel("Jenis kelamin").selectOption(p.sex);
  await page.getByLabel("Tempat lahir").fill("Serang");
  await page.getByLabel("Tanggal lahir").fill(p.birthDate);
}

test.describe("registry: people and families", () => {
  test("an organizer adds a family with two members and finds a person again by a misspelled name", async ({ page, signInAs, visit }) => {
    await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
    const n = serial();
    const head = { nik: makeNik("360413", day("1978-08-12"), "MALE", n), name: `Karta Wijaya ${n}`, sex: "MALE" as const, birthDate: "1978-08-12" };
    const wife = { nik: makeNik("360413", day("1983-02-25"), "FEMALE", n), name: `Sumiyati Rohaeni ${n}`, sex: "FEMALE" as const, birthDate: "1983-02-25" };

    for (const person of [head, wife]) {
      await visit("/registry/people/new");
      await fillPerson(page, person);
      await page.getByRole("button", { name: "Simpan warga" }).click();
      await expect(page.getByText("Warga tersimpan.")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
    }

    await visit("/registry/households/new");
    await page.getByLabel("Nomor KK").fill(makeKkNumber(VILLAGE_A, undefined, n));
    await page.getByLabel("Anggota 1: NIK").fill(head.nik);
    await page.getByLabel("Anggota 1: Hubungan").selectOption("HEAD");
    await page.getByLabel("Anggota 2: NIK").fill(wife.nik);
    await page.getByLabel("Anggota 2: Hubungan").selectOption("SPOUSE");
    await page.getByRole("button", { name: "Simpan keluarga" }).click();
    await expect(page.getByText("Keluarga tersimpan.")).toBeVisible();
    const members = page.getByRole("region", { name: "Anggota keluarga", exact: true });
    await expect(members.getByRole("link", { name: head.name })).toBeVisible();
    await expect(members.getByRole("link", { name: wife.name })).toBeVisible();
    await visit(new URL(page.url()).pathname);

    // "Sumiyati Rohaeni" typed as "sumiati rohaeni"
    await visit(`/registry?q=${encodeURIComponent(`sumiati rohaeni ${n}`)}`);
    await expect(page.getByRole("link", { name: wife.name })).toBeVisible();
    await page.getByRole("link", { name: wife.name }).click();
    await expect(page.getByRole("heading", { level: 1, name: wife.name })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^Keluarga \(KK \d{16}\)$/ })).toBeVisible();
    await visit(new URL(page.url()).pathname);
  });

  test("an organizer of another village gets 404 on the person's page and does not find them", async ({ page, signInAs, visit }) => {
    const n = serial();
    const person = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: `Rohimah Lontar ${n}`, birthDate: day("1991-06-06"), nik: makeNik("360413", day("1991-06-06"), "FEMALE", n) });
    await signInAs("ORGANIZER", { villageCode: VILLAGE_B });

    const response = await page.goto(`/registry/people/${person.id}`);
    expect(response?.status()).toBe(404);
    expect((await page.goto(`/registry/people/${person.id}/edit`))?.status()).toBe(404);

    await visit(`/registry?q=${encodeURIComponent(person.name)}`);
    await expect(page.getByRole("link", { name: person.name })).toHaveCount(0);
    await visit(`/registry?q=${person.nik}`);
    await expect(page.getByText("Tidak ada warga", { exact: true })).toBeVisible();
  });

  test("a wrong NIK is refused with a clear Indonesian message", async ({ page, signInAs, visit }) => {
    await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
    await visit("/registry/people/new");
    const good = makeNik("360413", day("1995-05-17"), "FEMALE", serial());
    const cases = [
      { nik: good.slice(0, 15), message: "NIK harus 16 angka." },
      { nik: `${good.slice(0, 14)}AB`, message: "NIK hanya boleh berisi angka." },
      { nik: makeNik("360413", day("1995-05-18"), "FEMALE", 1), message: /NIK tidak cocok dengan tanggal lahir/ },
    ];
    for (const c of cases) {
      await fillPerson(page, { nik: c.nik, name: "Uji NIK Salah", sex: "FEMALE", birthDate: "1995-05-17" });
      await page.getByRole("button", { name: "Simpan warga" }).click();
      await expect(page.getByText(c.message)).toBeVisible();
      await expect(page).toHaveURL(/\/registry\/people\/new$/);
    }
    await expectAccessible(page);
    expect(await e2eDb().person.count({ where: { name: "Uji NIK Salah" } })).toBe(0);
  });

  test("a NIK of another village is refused without its data, and a transfer can be requested", async ({ page, signInAs, visit }) => {
    const n = serial();
    const person = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: `Nur Aisyah ${n}`, birthDate: day("1993-03-09"), nik: makeNik("360413", day("1993-03-09"), "FEMALE", n) });
    await signInAs("ORGANIZER", { villageCode: VILLAGE_B });
    await visit("/registry/people/new");
    await fillPerson(page, { nik: person.nik, name: "Nama Lain", sex: "FEMALE", birthDate: "1993-03-09" });
    await page.getByRole("button", { name: "Simpan warga" }).click();
    await expect(page.getByText("Warga dengan NIK ini sudah terdaftar di desa lain.")).toBeVisible();
    await expect(page.getByText(person.name)).toHaveCount(0);
    await page.getByLabel("Alasan").fill("Pindah domisili ke Susukan");
    await page.getByRole("button", { name: "Minta pindah data" }).click();
    await expect(page.getByText(/Permintaan terkirim/)).toBeVisible();
    expect(await e2eDb().transferRequest.count({ where: { personId: person.id, toVillageCode: VILLAGE_B, status: "PENDING" } })).toBe(1);
  });

  test("BP3MI staff see the person with a masked NIK and can reveal it, which is recorded", async ({ page, signInAs, visit }) => {
    const n = serial();
    const person = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: `Eti Suhaeti ${n}`, birthDate: day("1990-06-12"), nik: makeNik("360413", day("1990-06-12"), "FEMALE", n) });
    const staff = await signInAs("BP3MI_STAFF", { regionCode: "36.04" });
    const masked = `${person.nik.slice(0, 4)}••••••••${person.nik.slice(-4)}`;

    await visit(`/registry?q=${person.nik}`);
    await expect(page.getByText(masked)).toBeVisible();
    await visit(`/registry/people/${person.id}`);
    await expect(page.getByText(masked)).toBeVisible();
    await expect(page.getByText(person.nik, { exact: true })).toHaveCount(0);

    await page.getByRole("button", { name: "Tampilkan: NIK" }).click();
    await expect(page.getByText(person.nik, { exact: true })).toBeVisible();
    const entry = await e2eDb().auditLog.findFirst({ where: { action: "person.reveal-nik", entityId: person.id, actorId: staff.id } });
    expect(entry).not.toBeNull();

    await visit(`/registry/people/${person.id}`);
    await expect(page.getByText(person.nik, { exact: true })).toHaveCount(0);
    await expect(page.getByText("Membuka NIK").first()).toBeVisible();
  });
});
