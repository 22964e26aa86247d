import { randomUUID } from "node:crypto";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import type { Browser, Page } from "@playwright/test";
import idVerification from "../../lib/i18n/messages/id/verification.json" with { type: "json" };
import { initialsOf } from "../../lib/perdes/letter-number";
import { createTestPerson } from "../factories/people";
import { createTestSession } from "../factories/perdes";
import { createTestPlacement, ensurePlacementReference } from "../factories/placements";
import { createTestRecruiter } from "../factories/recruiters";
import { e2eDb } from "./db";
import { createUser, expect, expectAccessible, signIn, test, VILLAGE_A, VILLAGE_B } from "./fixtures";

// Issue 7's acceptance for the village letter: an official cannot issue it while a check is
// missing; the organizer and the official complete the checklist; the official issues it; the
// PDF opens; its QR code leads to the public page that says it is genuine (initials only, no
// scripts); revoked and made-up codes are not valid; organizers cannot issue or revoke; another
// village's official cannot see the checklist. Texts are the Indonesian catalog's.

const L = idVerification.template.default;
const C = idVerification.checks;
const P = idVerification.public;

test.beforeAll(async () => {
  await ensurePlacementReference(e2eDb());
});

async function prospectiveWorker() {
  const name = `Siti Nur Aminah ${randomUUID().slice(0, 6)}`;
  const person = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name });
  const recruiter = await createTestRecruiter(e2eDb(), { name: `PT Lontar Resmi ${randomUUID().slice(0, 6)}`, status: "ACTIVE" });
  const placement = await createTestPlacement(e2eDb(), { personId: person.id, recruiterName: recruiter.name, checklist: "verified" });
  await createTestSession(e2eDb(), { villageCode: VILLAGE_A, heldOn: new Date(Date.UTC(2026, 9, 12)), title: "Sosialisasi migrasi aman", attendeeIds: [person.id] });
  return { person, recruiter, placement };
}

async function pageAs(browser: Browser, role: "ORGANIZER" | "VILLAGE_OFFICIAL", villageCode = VILLAGE_A): Promise<Page> {
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  await signIn(page, await createUser(role, { villageCode }));
  return page;
}

/** Sets one check DONE through its own form, and waits until it is recorded. */
async function check(page: Page, placementId: string, label: string, fill: (form: ReturnType<Page["getByRole"]>) => Promise<void> = async () => {}) {
  const form = page.getByRole("form", { name: label, exact: true });
  await form.getByLabel("Status").selectOption("DONE");
  await fill(form);
  await form.getByRole("button", { name: C.form.save }).click();
  await expect(form.getByText(C.form.saved)).toBeVisible();
  await expect.poll(async () => (await e2eDb().departureCheck.findFirst({ where: { placementId, label } }))?.status).toBe("DONE");
}

function decodeQr(dataUrl: string): string | null {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64"));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

test("the letter: refused while a check is missing, issued when complete, checked and revoked publicly", async ({ browser, page, signInAs, visit }) => {
  test.setTimeout(180_000);
  const { person, recruiter, placement } = await prospectiveWorker();
  const verification = `/registry/placements/${placement.id}/verification`;

  // The organizer starts the verification and does the first three checks.
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  await visit(`/registry/placements/${placement.id}`);
  await page.getByRole("link", { name: C.summary.open }).click();
  await page.waitForURL(verification);
  await page.getByRole("button", { name: C.page.start }).click();
  await page.waitForURL(/done=started/);
  await visit(verification);
  await expect(page.getByText("0 dari 6 butir wajib selesai.", { exact: true })).toBeVisible();
  await check(page, placement.id, L.FAMILY_CONSENT, async (form) => {
    await form.getByLabel(C.form.consenterName).fill("Ahmad Fauzi");
    await form.getByLabel(C.form.consenterRelation).selectOption("SPOUSE");
    await form.getByLabel(C.form.evidenceNote).fill("Suami menandatangani di kantor desa");
  });
  await check(page, placement.id, L.IDENTITY);
  // The company written on the placement is offered from the registry.
  await check(page, placement.id, L.RECRUITER_CHECK, async (form) => {
    await form.getByLabel(C.recruiter.field).selectOption(recruiter.id);
  });
  await expect(page.getByText("3 dari 6 butir wajib selesai.", { exact: true })).toBeVisible();
  // Organizers issue nothing.
  await expect(page.getByRole("button", { name: C.letter.issue })).toHaveCount(0);
  await expect(page.getByText(C.letter.officialsOnly)).toBeVisible();

  // The official cannot issue yet: the answer lists what is missing.
  const official = await pageAs(browser, "VILLAGE_OFFICIAL");
  await official.goto(verification);
  await expectAccessible(official);
  await official.getByRole("button", { name: C.letter.issue }).click();
  const refusal = official.getByRole("alert").filter({ hasText: C.letter.missingTitle });
  await expect(refusal).toBeVisible();
  for (const missing of [L.JOB_ORDER, L.DOCUMENTS, L.SAFE_MIGRATION]) await expect(refusal.getByRole("listitem").filter({ hasText: missing })).toBeVisible();
  await expect(refusal.getByRole("listitem")).toHaveCount(3);
  expect(await e2eDb().villageLetter.count({ where: { placementId: placement.id } })).toBe(0);

  // The official does the rest (the session attended is shown) and issues the letter.
  await expect(official.getByText("Sosialisasi migrasi aman", { exact: false }).first()).toBeVisible();
  await check(official, placement.id, L.JOB_ORDER);
  await check(official, placement.id, L.DOCUMENTS);
  await check(official, placement.id, L.SAFE_MIGRATION);
  await expect(official.getByText(C.page.complete, { exact: true })).toBeVisible();
  await official.getByRole("button", { name: C.letter.issue }).click();
  await official.waitForURL(/\/perdes\/letters\/[0-9a-f-]{36}\?done=issued/);
  await expect(official.getByRole("status").filter({ hasText: idVerification.letters.detail.issuedBanner })).toBeVisible();
  await expectAccessible(official);
  const letterPath = new URL(official.url()).pathname;
  const letter = await e2eDb().villageLetter.findFirstOrThrow({ where: { placementId: placement.id } });
  expect(letter.number).toMatch(/^470\/\d{3}\/DS-LTR\/[IVX]+\/\d{4}$/);
  await expect(official.getByRole("heading", { level: 1 })).toContainText(letter.number);

  // The PDF opens.
  const pdf = await official.request.get(`${letterPath}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The QR code on the letter's page is the printed public URL of its check code.
  const printedUrl = (await official.getByTestId("letter-url").textContent())?.trim() ?? "";
  expect(printedUrl).toMatch(new RegExp(`/surat/${letter.shortCode}$`));
  const qrUrl = decodeQr((await official.getByTestId("letter-qr").getAttribute("src")) ?? "");
  expect(qrUrl).toBe(printedUrl);

  // Anyone holding the letter: genuine, with the initials only, and no scripts.
  const villager = await (await browser.newContext({ locale: "id-ID" })).newPage();
  await villager.goto(new URL(qrUrl!).pathname);
  await expectAccessible(villager);
  await expect(villager.getByRole("heading", { name: P.valid.title })).toBeVisible();
  await expect(villager.getByText(letter.number)).toBeVisible();
  await expect(villager.getByTestId("letter-initials")).toHaveText(initialsOf(person.name));
  const html = await villager.content();
  expect(html).not.toContain(person.name);
  expect(html).not.toContain(person.nik);
  expect(await villager.locator("script").count(), "a light page: no scripts").toBe(0);

  // The organizer sees the letter but cannot revoke it.
  await visit(letterPath);
  await expect(page.getByRole("button", { name: idVerification.letters.revoke.submit })).toHaveCount(0);
  await page.goto(verification);
  await expect(page.getByRole("button", { name: C.letter.issue })).toHaveCount(0);

  // The official revokes it (a reason and "I am sure"); the public page then says not valid.
  const revoke = official.getByRole("form", { name: idVerification.letters.revoke.title });
  await revoke.getByLabel(idVerification.letters.revoke.reason).fill("Keluarga menarik izinnya");
  await revoke.getByLabel(idVerification.letters.revoke.confirm).check();
  await revoke.getByRole("button", { name: idVerification.letters.revoke.submit }).click();
  await official.waitForURL(/done=revoked/);
  await villager.goto(new URL(qrUrl!).pathname);
  await expect(villager.getByRole("heading", { name: P.revoked.title })).toBeVisible();
  await expect(villager.getByText("Keluarga menarik")).toHaveCount(0);

  // A made-up code, typed into the form: not found / not valid.
  await villager.goto("/surat");
  await expectAccessible(villager);
  await villager.getByRole("searchbox", { name: P.codeLabel }).fill("ZZZZ-2222");
  await villager.getByRole("button", { name: P.submit }).click();
  await villager.waitForURL(/\/surat\/ZZZZ-2222$/);
  await expect(villager.getByRole("heading", { name: P.unknown.title })).toBeVisible();
  expect(await villager.locator("script").count()).toBe(0);
});

test("another village's official gets 404 on the checklist; the village's template page lists the default items", async ({ page, signInAs, visit }) => {
  const { placement } = await prospectiveWorker();
  await signInAs("VILLAGE_OFFICIAL", { villageCode: VILLAGE_B });
  const response = await page.goto(`/registry/placements/${placement.id}/verification`);
  expect(response?.status()).toBe(404);
  await visit("/perdes/checklist-template");
  for (const label of Object.values(L)) await expect(page.getByRole("heading", { level: 3, name: label })).toBeVisible();
  await expect(page.getByRole("button", { name: idVerification.template.add.submit })).toBeVisible();
});
