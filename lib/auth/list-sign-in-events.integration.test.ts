import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, type Actor } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { listSignInEvents, signInEventsQuerySchema } from "./list-sign-in-events";

const q = (params: Record<string, string> = {}) => signInEventsQuerySchema.parse(params);

describe("listSignInEvents", () => {
  let admin: Actor;

  beforeAll(async () => {
    await resetDatabase();
    admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    const rows = [
      { email: "siti@uji.id", outcome: "FAILURE", at: "2026-08-05T01:00:00Z" },
      { email: "siti@uji.id", outcome: "SUCCESS", at: "2026-08-05T02:00:00Z" },
      { email: "budi@uji.id", outcome: "LOCKED", at: "2026-08-05T17:30:00Z" }, // 00:30 WIB on the 6th
      { email: "budi@uji.id", outcome: "FAILURE", at: "2026-08-05T17:30:00Z" },
    ] as const;
    for (const r of rows) await db.signInAttempt.create({ data: { ...r, at: new Date(r.at), ip: "10.0.0.1" } });
  });

  it("lists newest first and filters by e-mail, outcome and WIB days", async () => {
    expect((await listSignInEvents(admin, q())).rows.map((r) => r.outcome)).toEqual(["FAILURE", "LOCKED", "SUCCESS", "FAILURE"]);
    expect((await listSignInEvents(admin, q({ email: "SITI" }))).rows).toHaveLength(2);
    expect((await listSignInEvents(admin, q({ outcome: "FAILURE" }))).rows.map((r) => r.email)).toEqual(["budi@uji.id", "siti@uji.id"]);
    expect((await listSignInEvents(admin, q({ from: "2026-08-06", to: "2026-08-06" }))).rows.map((r) => r.email)).toEqual(["budi@uji.id", "budi@uji.id"]);
    expect((await listSignInEvents(admin, q({ to: "2026-08-05" }))).rows).toHaveLength(2);
  });

  it("pages with a cursor, also through rows of the same moment", async () => {
    const seen: bigint[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await listSignInEvents(admin, { ...q(), cursor }, 1);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it("only admins may read sign-in events", async () => {
    for (const user of [
      await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36" }),
      await createTestUser(db, { role: "ORGANIZER", villageCode: "36.04.13.2007" }),
    ]) {
      await expect(listSignInEvents(actorOf(user), q())).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
