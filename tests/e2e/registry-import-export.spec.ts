import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { createUser, expect, signIn, test, VILLAGE_A, VILLAGE_B } from "./fixtures";
import { e2eDb } from "./db";
import { createTestPerson } from "../factories/people";
import { BAD_KINDS, lineOf, spreadBadRows, writeFixtureXlsx } from "../fixtures/import/generate-import-file";
import idImport from "../../lib/i18n/messages/id/import.json" with { type: "json" };

// Issue 3's spreadsheet acceptance in the browser: a 1,000-row XLSX with 10 bad rows is
// previewed with exactly those errors, nothing is written until the good rows are
// confirmed; the list is exported as CSV and XLSX, and never to another village.

test("an organizer imports a 1,000-row XLSX with 10 bad rows: errors by line, nothing written before the confirmation", async ({ page, signInAs, visit }) => {
  test.setTimeout(180_000);
  const suffix = ` ${randomUUID().slice(0, 6)}`;
  const bad = spreadBadRows(1000);
  const file = path.join(await mkdtemp(path.join(tmpdir(), "lontar-e2e-")), "data-cpmi.xlsx");
  // A random block of NIK serials: a retried test must not meet its own earlier rows.
  await writeFixtureXlsx(file, { rows: 1000, bad, nameSuffix: suffix, serialOffset: 12_000 * (1 + Math.floor(Math.random() * 9000)) });
  const imported = () => e2eDb().person.count({ where: { name: { endsWith: suffix } } });

  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit("/registry/import");
  await page.getByLabel(idImport.upload.fileLabel).setInputFiles(file);
  await page.getByRole("button", { name: idImport.upload.submit }).click();
  await expect(page.getByRole("heading", { name: idImport.mapping.heading })).toBeVisible({ timeout: 30_000 });
  await visit(new URL(page.url()).pathname);
  await page.getByRole("button", { name: idImport.mapping.submit }).click();

  await expect(page.getByRole("heading", { name: idImport.preview.errorsHeading })).toBeVisible({ timeout: 60_000 });
  await visit(new URL(page.url()).pathname);
  const errors = page.getByRole("region", { name: idImport.preview.tableLabel });
  for (const [index, kind] of bad) {
    const reason = BAD_KINDS.find((b) => b.kind === kind)!.reason;
    const row = errors.getByRole("row").filter({ has: page.getByRole("cell", { name: String(lineOf(index)), exact: true }) });
    await expect(row.first(), `line ${lineOf(index)}`).toBeVisible();
    expect(reason in idImport.reasons).toBe(true);
  }
  await expect(errors.getByRole("row")).toHaveCount(11); // header + the 10 bad rows
  expect(await imported()).toBe(0);

  const report = page.waitForEvent("download");
  await page.getByRole("link", { name: idImport.preview.download }).click();
  const csv = await readFile((await (await report).path())!, "utf8");
  expect(csv.trim().split(/\r?\n/)).toHaveLength(11);

  await page.getByLabel(idImport.confirm.checkbox).check();
  await page.getByRole("button", { name: /^Impor 990 baris yang benar, lewati 10 baris yang salah$/ }).click();
  await expect(page.getByRole("heading", { name: idImport.result.heading })).toBeVisible({ timeout: 90_000 });
  await visit(new URL(page.url()).pathname);
  expect(await imported()).toBe(990);
});

test("an organizer exports the filtered list as CSV and XLSX; another village's organizer gets none of it", async ({ page, signInAs, visit, browser }) => {
  const name = `Ekspor Uji ${randomUUID().slice(0, 8)}`;
  const person = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit(`/registry?q=${encodeURIComponent(name)}`);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh CSV" }).click();
  const csv = await readFile((await (await download).path())!, "utf8");
  const lines = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(lines[0]).toContain("NIK,Nama,Jenis kelamin");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(person.nik);
  expect(lines[1]).toContain(name);

  const xlsxHref = await page.getByRole("link", { name: "Unduh XLSX" }).getAttribute("href");
  const xlsx = await page.request.get(xlsxHref!);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(2).getCell(1).text).toBe(person.nik);
  expect(sheet.getRow(2).getCell(2).text).toBe(name);
  expect(await e2eDb().auditLog.count({ where: { action: "person.export", actorEmail: { not: null } } })).toBeGreaterThanOrEqual(2);

  // Another village: the same link exports only the header.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, await createUser("ORGANIZER", { villageCode: VILLAGE_B }));
  const theirs = await otherPage.request.get(`/registry/export?format=csv&q=${encodeURIComponent(name)}`);
  expect(theirs.status()).toBe(200);
  const theirLines = (await theirs.text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(theirLines).toHaveLength(1);
  await other.close();

  // Signed out: to the sign-in page, no data.
  const anonymous = await browser.newContext();
  const response = await anonymous.request.get(`/registry/export?format=csv`, { maxRedirects: 0 });
  expect([303, 307]).toContain(response.status());
  await anonymous.close();
});
