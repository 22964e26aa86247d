import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed";
import { e2eDb } from "./db";
import { createUser, expect, expectAccessible, signIn, test } from "./fixtures";

const NAV = { dashboard: "Beranda", users: "Pengguna", signInEvents: "Riwayat masuk", audit: "Log audit", account: "Akun saya" };
const EXPECTED_NAV: Record<string, (keyof typeof NAV)[]> = {
  ADMIN: ["dashboard", "users", "signInEvents", "audit", "account"],
  BP3MI_STAFF: ["dashboard", "audit", "account"],
  VILLAGE_OFFICIAL: ["dashboard", "account"],
  ORGANIZER: ["dashboard", "account"],
};

test.describe("sign-in and navigation", () => {
  for (const demo of DEMO_USERS.slice(0, 4)) {
    test(`${demo.role} signs in with the demo login and sees only their menu`, async ({ page }) => {
      await page.goto("/sign-in");
      await expectAccessible(page);
      await signIn(page, { email: demo.email, password: DEMO_PASSWORD });
      await expect(page).toHaveURL(/\/dashboard$/);
      await expectAccessible(page);
      const nav = page.getByRole("navigation", { name: "Menu utama" });
      for (const [key, label] of Object.entries(NAV)) {
        const link = nav.getByRole("link", { name: label, exact: true });
        if (EXPECTED_NAV[demo.role]!.includes(key as keyof typeof NAV)) await expect(link).toBeVisible();
        else await expect(link).toHaveCount(0);
      }
    });
  }

  test("a wrong password is refused with a message in Indonesian", async ({ page }) => {
    const user = await createUser("ORGANIZER");
    await signInExpectingError(page, user.email, "bukan kata sandinya");
    await expect(formAlert(page)).toContainText("Email atau kata sandi salah");
  });

  test("empty fields get field messages and nobody is signed in", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page.getByText("Wajib diisi.").first()).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the 6th wrong attempt within 15 minutes is refused even with the right password", async ({ page }) => {
    const user = await createUser("VILLAGE_OFFICIAL");
    for (let i = 0; i < 5; i++) await signInExpectingError(page, user.email, `salah-${i}-tebakan`);
    await signInExpectingError(page, user.email, user.password);
    await expect(formAlert(page)).toContainText("Terlalu banyak percobaan masuk");
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a disabled user's open session stops working on the next request", async ({ page }) => {
    const user = await createUser("ORGANIZER");
    await signIn(page, user);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await e2eDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("signing out ends the session", async ({ page, signInAs }) => {
    await signInAs("BP3MI_STAFF");
    await page.getByRole("button", { name: "Keluar" }).first().click();
    await page.waitForURL(/\/sign-in/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

async function signInExpectingError(page: import("@playwright/test").Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(formAlert(page)).toBeVisible();
}

/** The form's own alert (Next's route announcer is an empty role=alert too). */
function formAlert(page: import("@playwright/test").Page) {
  return page.getByRole("alert").filter({ hasText: /\S/ }).first();
}
