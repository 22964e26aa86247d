import { e2eDb } from "./db";
import { expect, test, VILLAGE_A } from "./fixtures";

// The village profile (issue 7): the letterhead, signer and letter-number code that village
// letters print, and the contacts villagers are pointed to. Officials change it; organizers read it.

test("an official sets the letterhead and letter code; a bad code is refused on its field", async ({ page, signInAs, visit }) => {
  await signInAs("VILLAGE_OFFICIAL", { villageCode: VILLAGE_A });
  await visit("/perdes/village");
  await page.getByLabel("Kode desa pada nomor surat").fill("ds ltr");
  await page.getByRole("button", { name: "Simpan profil" }).click();
  await expect(page.getByText("Pakai huruf besar, angka, titik atau tanda hubung")).toBeVisible();
  await page.getByLabel("Kop surat").fill("PEMERINTAH KABUPATEN SERANG\nKECAMATAN TIRTAYASA\nDESA LONTAR");
  await page.getByLabel("Nama kepala desa (penanda tangan)").fill("H. Rohman");
  await page.getByLabel("Kode desa pada nomor surat").fill("DS-LTR");
  await page.getByRole("button", { name: "Simpan profil" }).click();
  await page.waitForURL(/done=saved/);
  await expect(page.getByRole("status").filter({ hasText: "Profil desa disimpan." })).toBeVisible();
  expect(await e2eDb().village.findUniqueOrThrow({ where: { code: VILLAGE_A } })).toMatchObject({ letterCode: "DS-LTR", headName: "H. Rohman" });
});

test("an organizer reads the profile without a form", async ({ page, signInAs, visit }) => {
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit("/perdes/village");
  await expect(page.getByText("Hanya perangkat desa yang dapat mengubah profil ini.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Simpan profil" })).toHaveCount(0);
});
