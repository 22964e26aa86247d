import { randomUUID } from "node:crypto";
import { createTestPerson } from "../factories/people";
import { createTestCheckIn, createTestPlacement, ensurePlacementReference } from "../factories/placements";
import { e2eDb } from "./db";
import { expect, test, VILLAGE_A, VILLAGE_B } from "./fixtures";

// Placements (penempatan): an organizer gives a person a placement, fills part of the checklist
// and records a check-in; an official of the village verifies; another village gets 404.
// Texts are the Indonesian catalog's (lib/i18n/messages/id/placements.json).

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => {
  const d = new Date(Date.now() - n * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

async function person(name: string, villageCode = VILLAGE_A) {
  return createTestPerson(e2eDb(), { villageCode, name: `${name} ${randomUUID().slice(0, 6)}`, birthDate: new Date(Date.UTC(1996, 0, 23)) });
}

test.beforeAll(async () => {
  // The e2e global setup empties Country and Job with every other table.
  await ensurePlacementReference(e2eDb());
});

test("an organizer gives a person a placement and marks a document submitted", async ({ page, signInAs, visit }) => {
  const worker = await person("Nur Halimah");
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });

  await visit(`/registry/people/${worker.id}/placements/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Penempatan baru" })).toBeVisible();
  await page.getByLabel("Negara tujuan").selectOption("HK");
  await page.getByLabel("Jabatan/pekerjaan").selectOption("HOUSEKEEPER");
  await expect(page.getByText("Jabatan tanpa biaya penempatan")).toBeVisible();
  await page.getByLabel("Jalur penempatan").selectOption("P3MI");
  await page.getByLabel("P3MI/perusahaan perekrut").fill("PT Sinar Jaya Abadi");
  await page.getByLabel("Pemberi kerja (majikan)").fill("Mrs Chan Siu Ling");
  await page.getByRole("button", { name: "Simpan penempatan" }).click();
  await page.waitForURL(/\/registry\/placements\/[0-9a-f-]{36}\?done=created/);
  await expect(page.getByRole("status").filter({ hasText: "Penempatan disimpan" })).toBeVisible();
  await visit(new URL(page.url()).pathname);

  await expect(page.getByText("0 dari 13 terverifikasi, 0 diserahkan")).toBeVisible();
  const passport = page.getByRole("form", { name: "Paspor", exact: true });
  // An organizer is offered "submitted", never "verified".
  await expect(passport.getByLabel("Status").locator("option")).toHaveText(["Belum ada", "Diserahkan"]);
  await passport.getByLabel("Status").selectOption("SUBMITTED");
  await passport.getByLabel("Catatan").fill("Fotokopi paspor diterima");
  await passport.getByRole("button", { name: "Simpan" }).click();
  await expect(passport.getByText("Tersimpan.")).toBeVisible();
  await expect(page.getByText("0 dari 13 terverifikasi, 1 diserahkan")).toBeVisible();

  // The organizer cannot verify the placement: no such button.
  await expect(page.getByRole("button", { name: "Verifikasi penempatan" })).toHaveCount(0);
});

test("an organizer records a check-in with a worker abroad, who leaves the welfare list", async ({ page, signInAs, visit }) => {
  const worker = await person("Euis Kurniasih");
  const placement = await createTestPlacement(e2eDb(), { personId: worker.id, status: "DEPARTED", checklist: "verified", departureDate: daysAgo(300) });
  await createTestCheckIn(e2eDb(), { placementId: placement.id, contactedAt: new Date(Date.now() - 90 * DAY) });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });

  await visit("/registry/welfare");
  await expect(page.getByRole("link", { name: `Buka penempatan ${worker.name}` })).toBeVisible();
  await page.getByRole("link", { name: `Buka penempatan ${worker.name}` }).click();
  await page.waitForURL(`**/registry/placements/${placement.id}`);
  await visit(`/registry/placements/${placement.id}`);

  const form = page.getByRole("form", { name: "Catat kontak" });
  await form.getByLabel("Cara kontak").selectOption("WHATSAPP");
  await form.getByLabel("Keadaan PMI").selectOption("WELL");
  await form.getByLabel("Catatan").fill("Sehat, gaji lancar");
  await form.getByRole("button", { name: "Catat kontak" }).click();
  await page.waitForURL(/done=checkIn/);
  await expect(page.getByRole("status").filter({ hasText: "Kontak dicatat." })).toBeVisible();
  await expect(page.getByText("Sehat, gaji lancar")).toBeVisible();

  await visit("/registry/welfare");
  await expect(page.getByRole("link", { name: `Buka penempatan ${worker.name}` })).toHaveCount(0);
  await visit("/registry/welfare?days=7");
  await expect(page.getByRole("link", { name: `Buka penempatan ${worker.name}` })).toHaveCount(0);
});

test("an official of the village verifies the last item and then the placement", async ({ page, signInAs, visit }) => {
  const worker = await person("Neneng Hasanah");
  const placement = await createTestPlacement(e2eDb(), {
    personId: worker.id,
    countryCode: "TW",
    jobCode: "ELDERLY_CARER",
    checklist: Object.fromEntries(
      ["P5_AGE", "P5_COMPETENCE", "P5_HEALTH", "P5_REGISTERED_BPJS", "P5_DOCUMENTS", "P13_MARITAL_STATUS", "P13_FAMILY_PERMISSION", "P13_COMPETENCE_CERT", "P13_HEALTH_CERT", "P13_PASSPORT", "P13_WORK_VISA", "P13_PLACEMENT_AGREEMENT"].map((c) => [c, "VERIFIED"]),
    ),
  });
  await createTestPlacement(e2eDb(), { personId: worker.id, status: "CANCELLED", createdAt: new Date(Date.now() - 400 * DAY) });
  await signInAs("VILLAGE_OFFICIAL", { villageCode: VILLAGE_A });

  await visit(`/registry/placements/${placement.id}`);
  await expect(page.getByText("12 dari 13 terverifikasi, 0 diserahkan")).toBeVisible();
  // With one item left, verifying the placement is refused with the reason, and nothing changes.
  await page.getByRole("button", { name: "Verifikasi penempatan" }).click();
  await expect(page.getByText("Penempatan baru bisa diverifikasi setelah semua butir daftar periksa terverifikasi.")).toBeVisible();
  expect((await e2eDb().placement.findUniqueOrThrow({ where: { id: placement.id } })).status).toBe("PROSPECTIVE");
  const contract = page.getByRole("form", { name: "Perjanjian kerja", exact: true });
  await contract.getByLabel("Status").selectOption("VERIFIED");
  await contract.getByRole("button", { name: "Simpan" }).click();
  await expect(contract.getByText("Tersimpan.")).toBeVisible();
  await expect(page.getByText("13 dari 13 terverifikasi, 0 diserahkan")).toBeVisible();

  await page.getByRole("button", { name: "Verifikasi penempatan" }).click();
  await page.waitForURL(/done=status/);
  await expect(page.getByRole("status").filter({ hasText: "Status penempatan diubah." })).toBeVisible();
  await visit(`/registry/placements/${placement.id}`);
  await expect(page.getByText("Terverifikasi", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Verifikasi penempatan" })).toHaveCount(0);

  const stored = await e2eDb().placement.findUniqueOrThrow({ where: { id: placement.id } });
  expect(stored.status).toBe("VERIFIED");
  const current = await e2eDb().person.findUniqueOrThrow({ where: { id: worker.id } });
  expect(current).toMatchObject({ currentPlacementId: placement.id, currentStatus: "VERIFIED", currentChecklistComplete: true });
});

test("an organizer of another village gets 404 on the placement and its pages", async ({ page, signInAs, visit }) => {
  const worker = await person("Iis Sumiati");
  const placement = await createTestPlacement(e2eDb(), { personId: worker.id, status: "DEPARTED", departureDate: daysAgo(200) });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_B });

  for (const path of [`/registry/placements/${placement.id}`, `/registry/people/${worker.id}/placements/new`, "/registry/placements/00000000-0000-0000-0000-000000000000"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  await visit("/registry/welfare");
  await expect(page.getByText(worker.name)).toHaveCount(0);
});
