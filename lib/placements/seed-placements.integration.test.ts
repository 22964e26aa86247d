import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/tests/helpers/test-db";
import { ensurePlacementReference } from "@/tests/factories/placements";
import { actorOf } from "@/tests/factories/users";
import { seedAccounts } from "@/prisma/seed";
import { seedPlacementsDemo } from "@/prisma/seed-placements";
import { seedRegistryDemo } from "@/prisma/seed-registry";
import { listWelfare } from "./list-welfare";

const NOW = new Date("2026-06-01T05:00:00Z");

describe("seedPlacementsDemo", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensurePlacementReference(db);
  });

  it("gives four Lontar people a placement each, idempotently, with a worker on the welfare list", async () => {
    await seedAccounts(db);
    await seedRegistryDemo(db);
    await seedPlacementsDemo(db, NOW);
    await seedPlacementsDemo(db, NOW);

    const placements = await db.placement.findMany({ include: { person: true }, orderBy: { status: "asc" } });
    expect(placements.map((p) => [p.person.name, p.status, p.countryCode, p.checklistComplete])).toEqual([
      ["Ahmad Fauzan", "PROSPECTIVE", "JP", false],
      ["Neneng Hasanah", "VERIFIED", "TW", true],
      ["Euis Kurniasih", "DEPARTED", "HK", true],
      ["Ujang Saepudin", "RETURNED", "MY", true],
    ]);
    expect(placements.every((p) => p.villageCode === "36.04.13.2007" && p.person.currentPlacementId === p.id)).toBe(true);
    expect(await db.placementRequirement.count({ where: { status: "VERIFIED", verifiedById: null } })).toBe(0);
    expect(await db.checkIn.count()).toBe(3);

    const organizer = await db.user.findUniqueOrThrow({ where: { email: "pendamping@lontar.id" } });
    const welfare = await listWelfare(actorOf(organizer), {}, { now: NOW });
    expect(welfare.rows.map((r) => [r.personName, r.daysSinceContact])).toEqual([["Euis Kurniasih", 70]]);
  });

  it("does nothing without the registry demo", async () => {
    await seedPlacementsDemo(db, NOW);
    expect(await db.placement.count()).toBe(0);
  });
});
