import { e2eDb } from "./db";
import { expect, signIn, skipBrowserValidation, test, VILLAGE_B } from "./fixtures";

// Admin pages: bad input is refused field by field in Indonesian and stores nothing; a new
// user gets a one-time password shown once and must change it; disabling asks for confirmation.
test.describe("admin: users", () => {
  test("bad input on the new-user form shows field messages and stores nothing", async ({ page, signInAs, visit }) => {
    await signInAs("ADMIN");
    await visit("/admin/users/new");
    const before = await e2eDb().user.count();
    await skipBrowserValidation(page);
    await page.getByRole("button", { name: "Buat pengguna" }).click();
    await expect(page.getByText("Wajib diisi.").first()).toBeVisible();

    await page.getByLabel("Email", { exact: true }).fill("bukan-email");
    await page.getByLabel("Nama lengkap").fill("<script>alert(1)</script>");
    await page.getByLabel("Peran").selectOption("ORGANIZER");
    await skipBrowserValidation(page);
    await page.getByRole("button", { name: "Buat pengguna" }).click();
    await expect(page.getByText("Alamat email tidak valid.")).toBeVisible();
    await expect(page.getByText("Tidak boleh berisi tanda < atau >.")).toBeVisible();
    await expect(page.getByText("Peran ini harus memilih satu desa.")).toBeVisible();

    await skipBrowserValidation(page);
    await page.getByLabel("Email", { exact: true }).fill("baru@uji.lontar.id");
    await page.getByLabel("Nama lengkap").fill("x".repeat(101));
    await page.getByRole("button", { name: "Buat pengguna" }).click();
    await expect(page.getByText(/Terlalu panjang/).first()).toBeVisible();
    expect(await e2eDb().user.count()).toBe(before);
  });

  test("creates an organizer, who signs in with the one-time password and must change it", async ({ page, signInAs, visit, browser }) => {
    await signInAs("ADMIN");
    await visit("/admin/users/new");
    const email = `baru-${Date.now()}@uji.lontar.id`;
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Nama lengkap").fill("Nur Hasanah");
    await page.getByLabel("Peran").selectOption("ORGANIZER");
    await page.getByLabel("Desa", { exact: true }).selectOption(VILLAGE_B);
    await page.getByRole("button", { name: "Buat pengguna" }).click();
    const otp = (await page.getByTestId("one-time-password").textContent())?.trim() ?? "";
    expect(otp.length).toBeGreaterThanOrEqual(10);
    const audit = await e2eDb().auditLog.findFirst({ where: { action: "user.create" }, orderBy: { id: "desc" }, select: { before: true, after: true } });
    expect(JSON.stringify(audit)).not.toContain(otp);

    const other = await browser.newContext();
    const newcomer = await other.newPage();
    await signIn(newcomer, { email, password: otp });
    await expect(newcomer).toHaveURL(/\/account/);
    await newcomer.getByLabel("Kata sandi saat ini").fill(otp);
    await newcomer.getByLabel("Kata sandi baru", { exact: true }).fill("password123");
    await newcomer.getByLabel("Ulangi kata sandi baru").fill("password123");
    await newcomer.getByRole("button", { name: "Ganti kata sandi" }).click();
    await expect(newcomer.getByText(/terlalu mudah ditebak/)).toBeVisible();
    await other.close();
  });

  test("disabling a user needs the confirmation box", async ({ page, signInAs }) => {
    await signInAs("ADMIN");
    const target = await e2eDb().user.create({
      data: { email: `nonaktif-${Date.now()}@uji.lontar.id`, name: "Akan Nonaktif", role: "ORGANIZER", villageCode: VILLAGE_B, passwordHash: "x" },
    });
    await page.goto(`/admin/users/${target.id}`);
    await skipBrowserValidation(page);
    await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
    await expect(page.getByText("Wajib diisi.").or(page.getByRole("alert").filter({ hasText: /\S/ })).first()).toBeVisible();
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
    await page.getByLabel("Saya yakin ingin menonaktifkan akun ini.").check();
    await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
    await expect.poll(async () => (await e2eDb().user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).not.toBeNull();
  });
});

test("the public home works on a 360 px phone, without horizontal scrolling, and switches to English", async ({ page, visit }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await visit("/");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await page.getByRole("button", { name: "en" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "id" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});

test("the health endpoint reports the database up, with no secrets", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.database.status).toBe("up");
  expect(JSON.stringify(body)).not.toMatch(/postgres(ql)?:\/\//);
  expect(res.headers()["cache-control"]).toContain("no-store");
});

test("pages carry the security headers", async ({ request }) => {
  const res = await request.get("/sign-in");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
