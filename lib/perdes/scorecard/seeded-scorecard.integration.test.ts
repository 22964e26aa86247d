import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/tests/helpers/test-db";
import { ensurePlacementReference } from "@/tests/factories/placements";
import { actorOf } from "@/tests/factories/users";
import { seedAccounts } from "@/prisma/seed";
import { seedCasesDemo } from "@/prisma/seed-cases";
import { seedDeparturesDemo } from "@/prisma/seed-departures";
import { seedPerdesDemo } from "@/prisma/seed-perdes";
import { seedPlacementsDemo } from "@/prisma/seed-placements";
import { seedRegistryDemo } from "@/prisma/seed-registry";
import { getRegionalScorecard } from "./get-scorecard";

// Issue 7's acceptance: the regional scorecard of the demo villages (what `npm start` loads)
// against numbers worked out by hand from prisma/seed-*.ts, for 15 November 2026:
//   Lontar: Eti left for Singapore 1 Oct with the village letter of 26 Sep; Jaenudin left for
//   Korea 26 Oct without one (non-procedural). Euis (left 420 days earlier), Ujang (returned)
//   and Neneng (leaves in 30 days) are not departures of Sep–Nov. → 2 departures, 1 verified
//   = 50 %, 1 non-procedural. Ade's case closed 27 Oct, on time → 1 of 1 = 100 %. Sessions
//   20 Jul and 24 Aug (Q3), 10 Oct (Q4). 50 % < 90 % → not "Desa PMI Prosedural".
//   Susukan: no departures ("—", met), Iis's case still open ("—", met), no session in Q3 or
//   Q4 (below 1 a quarter) → not met.
const NOW = new Date("2026-11-15T05:00:00Z");

describe("the scorecard of the demo villages", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensurePlacementReference(db);
    await seedAccounts(db);
    await seedRegistryDemo(db);
    await seedPlacementsDemo(db, NOW);
    await seedCasesDemo(db, NOW);
    await seedPerdesDemo(db, NOW);
    await seedDeparturesDemo(db, NOW);
  });

  it("matches the figures computed by hand", async () => {
    const bp3mi = actorOf(await db.user.findUniqueOrThrow({ where: { email: "bp3mi@lontar.id" } }));
    const card = await getRegionalScorecard(bp3mi, { from: "2026-09", to: "2026-11" });
    const byName = Object.fromEntries(card.rows.map((r) => [r.villageName, r.score]));
    expect(Object.keys(byName).sort()).toEqual(["Lontar", "Susukan"]);
    expect(byName.Lontar).toMatchObject({ departures: 2, verified: 1, verifiedShareShown: 50, nonProcedural: 1, casesClosed: 1, casesOnTime: 1, casesOnTimeShareShown: 100, procedural: false });
    expect(byName.Lontar!.sessions.map((q) => [q.quarter, q.count])).toEqual([["2026-Q3", 2], ["2026-Q4", 1]]);
    expect(byName.Susukan).toMatchObject({ departures: 0, verified: 0, verifiedShareShown: null, nonProcedural: 0, casesClosed: 0, casesOnTimeShareShown: null, procedural: false });
    expect(byName.Susukan!.sessions.map((q) => [q.quarter, q.count])).toEqual([["2026-Q3", 0], ["2026-Q4", 0]]);
  });
});
