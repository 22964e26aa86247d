import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/tests/helpers/test-db";
import { ensureGroupKinds } from "@/tests/factories/groups";
import { ensurePlacementReference } from "@/tests/factories/placements";
import { seedAccounts } from "@/prisma/seed";
import { DEMO_GROUP_NAME, seedGroupsDemo } from "@/prisma/seed-groups";
import { seedRegistryDemo } from "@/prisma/seed-registry";

describe("seedGroupsDemo", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensurePlacementReference(db);
    await ensureGroupKinds(db);
  });

  it("gives Lontar its seaweed group once: members with one who left, a training, aid, a KUR loan with two repayments, three months of sales", async () => {
    await seedAccounts(db);
    await seedRegistryDemo(db);
    await seedGroupsDemo(db);
    await seedGroupsDemo(db);
    const groups = await db.businessGroup.findMany({ include: { members: true, trainings: true, aid: true, loans: { include: { repayments: true } }, sales: true } });
    expect(groups).toHaveLength(1);
    const g = groups[0]!;
    expect(g.name).toBe(DEMO_GROUP_NAME);
    expect(g.members.filter((m) => m.leftOn === null)).toHaveLength(7);
    expect(g.members.filter((m) => m.leftOn !== null)).toHaveLength(1);
    expect(g.members.filter((m) => m.role === "LEADER")).toHaveLength(1);
    expect(g.loans[0]!.repayments.reduce((s, r) => s + r.amountRupiah, 0n)).toBe(2_000_000n);
    expect(new Set(g.sales.map((s) => s.month)).size).toBe(3);
  });
});
