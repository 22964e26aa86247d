import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/tests/helpers/test-db";
import { checkLimit, hitLimit, recordHit } from "./hit-limit";

const TEN_MINUTES = 10 * 60_000;

describe("hitLimit", () => {
  beforeEach(resetDatabase);

  it("allows max hits in the window and refuses the next", async () => {
    const now = new Date("2026-11-30T03:00:00Z");
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await hitLimit("report:10.0.0.1", 5, TEN_MINUTES, new Date(now.getTime() + i * 1000)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
    expect(results[5]!.retryAfterMs).toBe(TEN_MINUTES - 5000);
  });

  it("refuses 25 of 30 hits in one minute, and stores only the allowed ones", async () => {
    const start = Date.parse("2026-11-30T03:00:00Z");
    let allowed = 0;
    for (let i = 0; i < 30; i++) if ((await hitLimit("report:10.0.0.2", 5, TEN_MINUTES, new Date(start + i * 2000))).allowed) allowed++;
    expect(allowed).toBe(5);
    expect(await db.rateLimitHit.count({ where: { key: "report:10.0.0.2" } })).toBe(5);
  });

  it("is atomic under parallel hits", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 12 }, () => hitLimit("report:10.0.0.3", 5, TEN_MINUTES, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it("allows again once the window has passed, and keys are separate", async () => {
    const t0 = Date.parse("2026-11-30T03:00:00Z");
    for (let i = 0; i < 5; i++) await hitLimit("pin:LAP-AAAA-BBBB", 5, TEN_MINUTES, new Date(t0));
    expect((await hitLimit("pin:LAP-AAAA-BBBB", 5, TEN_MINUTES, new Date(t0 + 1000))).allowed).toBe(false);
    expect((await hitLimit("pin:LAP-CCCC-DDDD", 5, TEN_MINUTES, new Date(t0 + 1000))).allowed).toBe(true);
    expect((await hitLimit("pin:LAP-AAAA-BBBB", 5, TEN_MINUTES, new Date(t0 + TEN_MINUTES + 1))).allowed).toBe(true);
    expect(await db.rateLimitHit.count({ where: { key: "pin:LAP-AAAA-BBBB" } })).toBe(1);
  });
});

describe("checkLimit and recordHit", () => {
  beforeEach(resetDatabase);

  it("checkLimit counts nothing; recorded hits block once there are max of them, until the max-th newest leaves", async () => {
    const t0 = Date.parse("2026-11-30T03:00:00Z");
    const key = "case-pin:PK-AAAA-BBBB";
    expect(await checkLimit(key, 3, TEN_MINUTES, new Date(t0))).toEqual({ allowed: true, count: 0, retryAfterMs: 0 });
    expect(await checkLimit(key, 3, TEN_MINUTES, new Date(t0))).toEqual({ allowed: true, count: 0, retryAfterMs: 0 });
    for (let i = 0; i < 4; i++) await recordHit(db, key, TEN_MINUTES, new Date(t0 + i * 60_000));
    // Four hits at 0, 1, 2, 3 minutes: under three again once the one at 1 minute has left.
    const blocked = await checkLimit(key, 3, TEN_MINUTES, new Date(t0 + 4 * 60_000));
    expect(blocked).toEqual({ allowed: false, count: 3, retryAfterMs: TEN_MINUTES - 3 * 60_000 });
    expect((await checkLimit(key, 3, TEN_MINUTES, new Date(t0 + 60_000 + TEN_MINUTES + 1))).allowed).toBe(true);
    expect(await db.rateLimitHit.count({ where: { key } })).toBe(4);
  });

  it("recordHit deletes the key's old hits", async () => {
    const t0 = Date.parse("2026-11-30T03:00:00Z");
    await recordHit(db, "k", TEN_MINUTES, new Date(t0));
    await recordHit(db, "other", TEN_MINUTES, new Date(t0));
    await recordHit(db, "k", TEN_MINUTES, new Date(t0 + TEN_MINUTES + 1));
    expect(await db.rateLimitHit.count({ where: { key: "k" } })).toBe(1);
    expect(await db.rateLimitHit.count({ where: { key: "other" } })).toBe(1);
  });
});
