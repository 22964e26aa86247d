import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/tests/helpers/test-db";
import { checkNik } from "./nik";
import { seedDemo, DEMO_VILLAGES } from "@/prisma/seed";
import { seedRegistryDemo } from "@/prisma/seed-registry";

describe("seedRegistryDemo", () => {
  beforeEach(resetDatabase);

  it("adds the demo people and households once, with valid NIKs", async () => {
    await seedDemo(db);
    await seedRegistryDemo(db);
    await seedRegistryDemo(db);
    expect(await db.person.count({ where: { villageCode: DEMO_VILLAGES.lontar } })).toBe(12);
    expect(await db.person.count({ where: { villageCode: DEMO_VILLAGES.susukan } })).toBe(3);
    const households = await db.household.findMany({ include: { members: true } });
    expect(households).toHaveLength(2);
    for (const h of households) expect(h.members.filter((m) => m.relationToHead === "HEAD")).toHaveLength(1);
    for (const p of await db.person.findMany()) expect(checkNik(p.nik, p.birthDate, p.sex), p.name).toBeNull();
  });
});
