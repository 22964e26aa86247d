import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password-hash";
import { resetDatabase } from "@/tests/helpers/test-db";
import { ensurePlacementReference } from "@/tests/factories/placements";
import { actorOf } from "@/tests/factories/users";
import { seedAccounts } from "@/prisma/seed";
import { DEMO_CASE, seedCasesDemo } from "@/prisma/seed-cases";
import { seedPlacementsDemo } from "@/prisma/seed-placements";
import { seedRegistryDemo } from "@/prisma/seed-registry";
import { getCase } from "./get-case";

describe("seedCasesDemo", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensurePlacementReference(db);
  });

  it("adds four cases once, an urgent one for a registered worker with the documented code and PIN", async () => {
    await seedAccounts(db);
    await seedRegistryDemo(db);
    await seedPlacementsDemo(db);
    await seedCasesDemo(db);
    await seedCasesDemo(db);
    const cases = await db.case.findMany({ orderBy: { number: "asc" } });
    expect(cases.map((c) => [c.workerName, c.status, c.urgent])).toEqual([
      ["Euis Kurniasih", "REPORTED", true],
      ["Yayah Rohayah", "VERIFIED", false],
      ["Ade Supriatna", "CLOSED", false],
      ["Iis Suryani", "REPORTED", false],
    ]);
    const demo = cases[0]!;
    expect(demo.trackingCode).toBe(DEMO_CASE.trackingCode);
    expect(await verifyPassword(demo.pinHash, DEMO_CASE.pin)).toBe(true);
    expect(demo.personId).not.toBeNull();
    const organizer = await db.user.findUniqueOrThrow({ where: { email: "pendamping@lontar.id" } });
    expect((await getCase(actorOf(organizer), demo.id)).person?.name).toBe("Euis Kurniasih");
  });
});
