import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf } from "@/tests/factories/users";
import { seedAccounts } from "@/prisma/seed";
import { DEMO_PERDES, seedPerdesDemo } from "@/prisma/seed-perdes";
import { seedRegistryDemo } from "@/prisma/seed-registry";
import { getPublicRegulation, listPublicRegulations } from "./regulations/public-regulations";
import { hasAttendedSafeMigration } from "./sessions/attendance";
import { listSessions } from "./sessions/list-sessions";

describe("seedPerdesDemo", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("gives Lontar its Perdes (public, six articles) and three sessions in the last two quarters, once", async () => {
    await seedAccounts(db);
    await seedRegistryDemo(db);
    const now = new Date("2026-11-20T05:00:00Z");
    await seedPerdesDemo(db, now);
    await seedPerdesDemo(db, now);

    const listed = await listPublicRegulations(DEMO_PERDES.villageCode);
    expect(listed?.regulations).toHaveLength(1);
    const perdes = (await getPublicRegulation(DEMO_PERDES.villageCode, listed!.regulations[0]!.id))!.regulation;
    expect(perdes).toMatchObject({ number: "3", year: 2018, status: "IN_FORCE" });
    expect(perdes.title).toContain("teks contoh");
    expect(perdes.articles.map((a) => a.number)).toEqual(["Pasal 1", "Pasal 2", "Pasal 3", "Pasal 4", "Pasal 5", "Pasal 6"]);

    const organizer = actorOf(await db.user.findUniqueOrThrow({ where: { email: "pendamping@lontar.id" } }));
    const sessions = await listSessions(organizer, { villageCode: DEMO_PERDES.villageCode });
    expect(sessions.quarterCounts).toEqual([{ quarter: "2026-Q4", count: 1 }, { quarter: "2026-Q3", count: 2 }]);
    expect(sessions.rows.every((r) => r.heldOn.getTime() <= Date.UTC(2026, 10, 20))).toBe(true);
    expect(sessions.rows.reduce((n, r) => n + r.namedAttendees, 0)).toBe(10);
    const fauzan = await db.person.findFirstOrThrow({ where: { villageCode: DEMO_PERDES.villageCode, name: "Ahmad Fauzan" } });
    expect(await hasAttendedSafeMigration(db, fauzan.id)).toBe(true);
  });

  it("keeps the sessions' dates in the past on the first day of a quarter", async () => {
    await seedAccounts(db);
    await seedPerdesDemo(db, new Date("2026-09-30T18:00:00Z")); // 1 Oct 2026, 01:00 WIB
    const days = (await db.socializationSession.findMany({ select: { heldOn: true } })).map((s) => s.heldOn.toISOString().slice(0, 10)).sort();
    expect(days).toEqual(["2026-07-20", "2026-08-24", "2026-10-01"]);
  });
});
