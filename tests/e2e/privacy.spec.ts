import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createTestPerson, type TestPersonOptions } from "../factories/people";
import { createTestCheckIn, createTestPlacement, ensurePlacementReference } from "../factories/placements";
import { e2eDb } from "./db";
import { expect, skipBrowserValidation, test, VILLAGE_A, VILLAGE_B } from "./fixtures";

// Privacy (UU 27/2022) and duplicates: an organizer records a consent, exports a person's data
// as a printable page and as JSON, and merges two records of one person after confirming;
// an organizer of another village gets 404 on every one of those pages.
// Texts are the Indonesian catalog's (lib/i18n/messages/id/privacy.json).

const BIRTH = new Date(Date.UTC(1993, 6, 14));
const suffix = () => randomUUID().slice(0, 6);

async function person(name: string, villageCode = VILLAGE_A, extra: Partial<Omit<TestPersonOptions, "villageCode">> = {}) {
  return createTestPerson(e2eDb(), { villageCode, name, birthDate: BIRTH, ...extra });
}

test.beforeAll(async () => {
  // The e2e global setup empties Country and Job with every other table.
  await ensurePlacementReference(e2eDb());
});

test("an organizer records a consent; without a purpose nothing is saved", async ({ page, signInAs, visit }) => {
  const subject = await person(`Rina Marlina ${suffix()}`);
  const organizer = await signInAs("ORGANIZER", { villageCode: VILLAGE_A });

  await visit(`/registry/people/${subject.id}/consent/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Catat persetujuan" })).toBeVisible();
  await page.getByRole("button", { name: "Simpan persetujuan" }).click();
  await expect(page.getByText("Pilih paling sedikit satu keperluan.")).toBeVisible();
  expect(await e2eDb().consent.count({ where: { personId: subject.id } })).toBe(0);

  await page.getByLabel("Pendataan").check();
  await page.getByLabel("Berbagi data dengan BP3MI").check();
  await page.getByLabel("Catatan").fill("Di balai desa, disaksikan kepala dusun");
  await page.getByRole("button", { name: "Simpan persetujuan" }).click();
  await page.waitForURL(/\/consent\?done=recorded$/);
  await expect(page.getByRole("status").filter({ hasText: "Persetujuan tersimpan." })).toBeVisible();
  await visit(new URL(page.url()).pathname);
  await expect(page.getByText("Berbagi data dengan BP3MI")).toBeVisible();
  await expect(page.getByText("Berlaku")).toBeVisible();

  const consent = await e2eDb().consent.findFirstOrThrow({ where: { personId: subject.id } });
  expect(consent).toMatchObject({ takenById: organizer.id, scopes: ["REGISTRY", "SHARING_BP3MI"], villageCode: VILLAGE_A });
});

test("an organizer exports a person's data as a printable page and as JSON, both audited", async ({ page, signInAs, visit }) => {
  const subject = await person(`Euis Rohaeti ${suffix()}`, VILLAGE_A, { passportNumber: "C7654321", healthNotes: "Asma ringan" });
  const trip = await createTestPlacement(e2eDb(), { personId: subject.id, status: "DEPARTED", departureDate: new Date(Date.UTC(2025, 1, 1)) });
  await createTestCheckIn(e2eDb(), { placementId: trip.id, contactedAt: new Date("2025-06-01T03:00:00Z"), note: "Sehat, gaji lancar" });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });

  await visit(`/registry/people/${subject.id}/subject-export`);
  await expect(page.getByRole("heading", { level: 1, name: `Data pribadi ${subject.name}` })).toBeVisible();
  // Everything in clear: it is handed to the person themself.
  await expect(page.getByText(subject.nik)).toBeVisible();
  await expect(page.getByText("Asma ringan")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Penempatan 1: Hong Kong" })).toBeVisible();
  await expect(page.getByText("Sehat, gaji lancar")).toBeVisible();
  const trail = page.getByRole("region", { name: "Riwayat akses dan perubahan" });
  await expect(trail.getByText("Ekspor data subjek dibuat")).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh JSON" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^data-subjek-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    person: { nik: string; birthDate: string; healthNotes: string };
    placements: { id: string }[];
    auditTrail: { action: string }[];
  };
  expect(json.person).toMatchObject({ nik: subject.nik, birthDate: "1993-07-14", healthNotes: "Asma ringan" });
  expect(json.placements.map((p) => p.id)).toEqual([trip.id]);
  expect(json.auditTrail.map((e) => e.action)).toEqual(["person.subject-export", "person.subject-export"]);

  const response = await page.request.get(`/registry/people/${subject.id}/subject-export.json`);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="data-subjek-/);
  expect(await e2eDb().auditLog.count({ where: { action: "person.subject-export", entityId: subject.id } })).toBe(3);
});

test("an organizer merges two records of one person after confirming", async ({ page, signInAs, visit }) => {
  // "Aan …" sorts first on the duplicates list, whatever else the run has created.
  const name = `Aan Ganda ${suffix()}`;
  const first = await person(name, VILLAGE_A, { phone: null });
  const second = await person(name.toUpperCase(), VILLAGE_A, { phone: "081298765432" });
  const trip = await createTestPlacement(e2eDb(), { personId: second.id, status: "PROSPECTIVE" });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });

  await visit("/registry/duplicates");
  await expect(page.getByRole("heading", { level: 1, name: "Kemungkinan data ganda" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: name }).filter({ hasText: name.toUpperCase() });
  await expect(row.getByText("Nama dan tanggal lahir sama")).toBeVisible();
  await row.getByRole("link", { name: /^Bandingkan/ }).click();
  await page.waitForURL(/\/registry\/duplicates\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  await visit(new URL(page.url()).pathname);

  // The "which record is kept" choice reads "Data 1: <name> Didata …"; keep the mixed-case one.
  await page.getByRole("radio", { name: new RegExp(`^Data [12]: ${name} `) }).check();
  // The name field defaults to one side, whichever record is kept: choose the mixed-case spelling.
  await page.getByRole("radio", { name: new RegExp(`: ${name}$`) }).check();
  // Keep the phone number of the other record.
  await page.getByRole("radio", { name: /081298765432/ }).check();
  await page.getByRole("button", { name: "Lanjut ke konfirmasi" }).click();
  await page.waitForURL(/\/confirm\?/);
  await visit(`${new URL(page.url()).pathname}${new URL(page.url()).search}`);
  await expect(page.getByRole("heading", { level: 1, name: "Konfirmasi penggabungan" })).toBeVisible();
  await expect(page.getByText("Dipindahkan ke data yang disimpan: 1 penempatan")).toBeVisible();

  // Without "I am sure" nothing happens.
  await skipBrowserValidation(page);
  await page.getByRole("button", { name: "Gabungkan data" }).click();
  await expect(page.getByText("Wajib diisi.")).toBeVisible();
  expect(await e2eDb().person.count({ where: { id: { in: [first.id, second.id] } } })).toBe(2);

  await page.getByLabel("Saya yakin kedua data ini orang yang sama dan ingin menggabungkannya.").check();
  await page.getByRole("button", { name: "Gabungkan data" }).click();
  await page.waitForURL(/\/registry\/duplicates\?done=merged/);
  await expect(page.getByRole("status").filter({ hasText: "Data sudah digabungkan." })).toBeVisible();

  expect(await e2eDb().person.findUnique({ where: { id: second.id } })).toBeNull();
  const kept = await e2eDb().person.findUniqueOrThrow({ where: { id: first.id } });
  expect(kept).toMatchObject({ name, phone: "081298765432", currentPlacementId: trip.id });
  expect((await e2eDb().placement.findUniqueOrThrow({ where: { id: trip.id } })).personId).toBe(first.id);
  expect(await e2eDb().auditLog.count({ where: { action: "person.merge", entityId: first.id } })).toBe(1);
});

test("an organizer of another village gets 404 on consent, export and merge pages", async ({ page, signInAs }) => {
  const name = `Neneng Kurniasih ${suffix()}`;
  const a = await person(name);
  const b = await person(name);
  await signInAs("ORGANIZER", { villageCode: VILLAGE_B });

  const paths = [
    `/registry/people/${a.id}/consent`,
    `/registry/people/${a.id}/consent/new`,
    `/registry/people/${a.id}/subject-export`,
    `/registry/people/${a.id}/subject-export.json`,
    `/registry/duplicates/${a.id}/${b.id}`,
    `/registry/duplicates/${a.id}/${b.id}/confirm?keep=a&v1=0&v2=0`,
  ];
  for (const path of paths) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
  // Their own duplicates list does not show the other village's pair.
  await page.goto("/registry/duplicates");
  await expect(page.getByText(name)).toHaveCount(0);
  expect(await e2eDb().auditLog.count({ where: { action: "person.subject-export", entityId: a.id } })).toBe(0);
});
