import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import type { Role } from "../../lib/authz/roles";
import { hashPassword } from "../../lib/auth/password-hash";
import { DEMO_VILLAGES } from "../../prisma/seed";
import { e2eDb } from "./db";

export const TEST_PASSWORD = "uji coba kerang hijau pantai";
export const VILLAGE_A = DEMO_VILLAGES.lontar;
export const VILLAGE_B = DEMO_VILLAGES.susukan;

export type TestUser = { id: string; email: string; password: string; role: Role; villageCode: string | null; regionCode: string | null };

/** A fresh user of a role, straight in the test database. */
export async function createUser(role: Role, opts: { villageCode?: string | null; regionCode?: string | null; name?: string } = {}): Promise<TestUser> {
  const villageCode = role === "ORGANIZER" || role === "VILLAGE_OFFICIAL" ? (opts.villageCode ?? VILLAGE_A) : null;
  const regionCode = role === "BP3MI_STAFF" ? (opts.regionCode ?? "36.04") : null;
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@uji.lontar.id`;
  const user = await e2eDb().user.create({
    data: { email, name: opts.name ?? `Uji ${role}`, role, villageCode, regionCode, passwordHash: await hashPassword(TEST_PASSWORD) },
  });
  return { id: user.id, email, password: TEST_PASSWORD, role, villageCode, regionCode };
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel(/email/i).fill(user.email);
  await page.getByLabel(/kata sandi|password/i).fill(user.password);
  await page.getByRole("button", { name: /masuk|sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** Fails on any WCAG 2.1 A/AA violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Turns off the browser's own checks (required, type=email, maxlength…), to prove the server refuses bad input too. */
export async function skipBrowserValidation(page: Page) {
  await page.evaluate(() => {
    document.querySelectorAll("form").forEach((f) => (f.noValidate = true));
    document.querySelectorAll("[maxlength]").forEach((el) => el.removeAttribute("maxlength"));
  });
}

type Fixtures = {
  /** Goes to a path and runs the accessibility check on it. */
  visit: (path: string) => Promise<void>;
  /** Creates a user of the role and signs them in. */
  signInAs: (role: Role, opts?: { villageCode?: string | null; regionCode?: string | null }) => Promise<TestUser>;
};

export const test = base.extend<Fixtures>({
  visit: async ({ page }, use) => {
    await use(async (path) => {
      await page.goto(path);
      await expectAccessible(page);
    });
  },
  signInAs: async ({ page }, use) => {
    await use(async (role, opts) => {
      const user = await createUser(role, opts);
      await signIn(page, user);
      return user;
    });
  },
});

export { expect };
