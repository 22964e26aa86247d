import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/tests/helpers/test-db";
import { hashPassword } from "./password-hash";
import { signIn } from "./sign-in";

const PASSWORD = "uji coba kerang hijau pantai";
const VILLAGE = "36.04.13.2007";

async function makeUser(email = "siti@uji.id") {
  await db.village.upsert({ where: { code: VILLAGE }, update: {}, create: { code: VILLAGE } });
  return db.user.create({
    data: { email, name: "Siti", role: "ORGANIZER", villageCode: VILLAGE, passwordHash: await hashPassword(PASSWORD) },
  });
}

describe("signIn", () => {
  beforeEach(resetDatabase);

  it("accepts the right password, opens a session and audits it", async () => {
    const user = await makeUser();
    const r = await signIn({ email: " SITI@uji.id ", password: PASSWORD, ip: "10.0.0.1" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.userId).toBe(user.id);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(1);
    const audit = await db.auditLog.findMany({ where: { action: "auth.signin" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.ip).toBe("10.0.0.1");
  });

  it("refuses a wrong password and an unknown e-mail alike, and records both", async () => {
    await makeUser();
    expect(await signIn({ email: "siti@uji.id", password: "salah sekali", ip: "10.0.0.1" })).toEqual({ ok: false, code: "invalid" });
    expect(await signIn({ email: "nobody@uji.id", password: PASSWORD, ip: "10.0.0.1" })).toEqual({ ok: false, code: "invalid" });
    expect(await db.signInAttempt.count({ where: { outcome: "FAILURE" } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "auth.signin-failure" } })).toBe(2);
  });

  it("refuses a disabled user even with the right password", async () => {
    const user = await makeUser();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await signIn({ email: user.email, password: PASSWORD, ip: "10.0.0.1" })).toEqual({ ok: false, code: "invalid" });
  });

  it("locks the account after 5 failures: the 6th attempt is refused even with the right password", async () => {
    await makeUser();
    for (let i = 0; i < 5; i++) {
      expect((await signIn({ email: "siti@uji.id", password: `salah-${i}-xxxxx`, ip: `10.0.1.${i}` })).ok).toBe(false);
    }
    const sixth = await signIn({ email: "siti@uji.id", password: PASSWORD, ip: "10.0.2.1" });
    expect(sixth.ok).toBe(false);
    if (sixth.ok || sixth.code !== "locked") throw new Error("expected a lock-out");
    const minutes = (sixth.until.getTime() - Date.now()) / 60000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(await db.auditLog.count({ where: { action: "auth.lockout" } })).toBe(1);
    expect(await db.userSession.count()).toBe(0);
  });

  it("unlocks when the failures leave the 15-minute window", async () => {
    await makeUser();
    const old = new Date(Date.now() - 16 * 60 * 1000);
    await db.signInAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({ email: "siti@uji.id", ip: "10.0.0.9", outcome: "FAILURE" as const, at: old })),
    });
    expect((await signIn({ email: "siti@uji.id", password: PASSWORD, ip: "10.0.0.9" })).ok).toBe(true);
  });

  it("locks an address after 20 failures across accounts", async () => {
    await makeUser("other@uji.id");
    await db.signInAttempt.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({ email: `x${i}@uji.id`, ip: "10.9.9.9", outcome: "FAILURE" as const })),
    });
    const r = await signIn({ email: "other@uji.id", password: PASSWORD, ip: "10.9.9.9" });
    expect(r).toMatchObject({ ok: false, code: "locked" });
    expect((await signIn({ email: "other@uji.id", password: PASSWORD, ip: "10.9.9.10" })).ok).toBe(true);
  });

  it("does not let parallel guesses slip past the limit", async () => {
    await makeUser();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => signIn({ email: "siti@uji.id", password: `tebak-${i}-xxxxxx`, ip: "10.0.3.1" })),
    );
    expect(results.filter((r) => !r.ok && r.code === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.code === "locked")).toHaveLength(3);
  });
});
