import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { ForbiddenError, type Actor } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestHousehold, createTestPerson } from "@/tests/factories/people";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { listDuplicates } from "./list-duplicates";
import { nameKeySql, normaliseName } from "./normalise-name";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let organizer: Actor;
let organizerSusukan: Actor;

describe("listDuplicates", () => {
  beforeEach(async () => {
    await resetDatabase();
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    organizerSusukan = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
  });

  it("pairs the same normalised name and birth date, and similar names in one household, within one village", async () => {
    const siti1 = await createTestPerson(db, { villageCode: LONTAR, name: "Siti Aminah", birthDate: day("1990-01-01") });
    const siti2 = await createTestPerson(db, { villageCode: LONTAR, name: "  SÎTI   aminah ", birthDate: day("1990-01-01") });
    // Same name, other birth date, no common household: not a duplicate.
    await createTestPerson(db, { villageCode: LONTAR, name: "Siti Aminah", birthDate: day("1991-03-04") });
    // Same name and birth date in another village: not paired across villages.
    await createTestPerson(db, { villageCode: SUSUKAN, name: "Siti Aminah", birthDate: day("1990-01-01") });

    const nur1 = await createTestPerson(db, { villageCode: LONTAR, name: "Nurhayati", birthDate: day("1985-05-05") });
    const nur2 = await createTestPerson(db, { villageCode: LONTAR, name: "Nurhayatih", birthDate: day("1986-06-06"), sex: "FEMALE" });
    const ahmad = await createTestPerson(db, { villageCode: LONTAR, name: "Ahmad Fauzi", birthDate: day("1980-02-02"), sex: "MALE" });
    await createTestHousehold(db, {
      villageCode: LONTAR,
      members: [
        { personId: ahmad.id, relation: "HEAD" },
        { personId: nur1.id, relation: "SPOUSE" },
        { personId: nur2.id, relation: "SIBLING" },
      ],
    });
    // A similar name outside that household is not paired on similarity alone.
    await createTestPerson(db, { villageCode: LONTAR, name: "Nurhayati", birthDate: day("1999-09-09") });

    const { pairs, total, nextCursor } = await listDuplicates(organizer, {});
    const found = pairs.map((p) => ({ ids: [p.first.id, p.second.id].sort(), reasons: p.reasons }));
    expect(found).toEqual(
      expect.arrayContaining([
        { ids: [siti1.id, siti2.id].sort(), reasons: ["SAME_NAME_BIRTH_DATE"] },
        { ids: [nur1.id, nur2.id].sort(), reasons: ["SIMILAR_NAME_HOUSEHOLD"] },
      ]),
    );
    expect(pairs).toHaveLength(2);
    expect(total).toBe(2);
    expect(nextCursor).toBeNull();

    // The other village's organizer sees none of Lontar's pairs, and Susukan has none.
    expect((await listDuplicates(organizerSusukan, {})).pairs).toEqual([]);
  });

  it("gives both reasons when a pair meets both rules", async () => {
    const a = await createTestPerson(db, { villageCode: LONTAR, name: "Dewi Lestari", birthDate: day("1992-02-02") });
    const b = await createTestPerson(db, { villageCode: LONTAR, name: "Dewi Lestari", birthDate: day("1992-02-02") });
    await createTestHousehold(db, { villageCode: LONTAR, members: [{ personId: a.id, relation: "HEAD" }, { personId: b.id, relation: "OTHER" }] });
    const { pairs } = await listDuplicates(organizer, {});
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.reasons).toEqual(["SAME_NAME_BIRTH_DATE", "SIMILAR_NAME_HOUSEHOLD"]);
  });

  it("pages with a keyset cursor", async () => {
    for (const name of ["Aminah", "Bariah", "Cucu"]) {
      await createTestPerson(db, { villageCode: LONTAR, name, birthDate: day("1990-01-01") });
      await createTestPerson(db, { villageCode: LONTAR, name, birthDate: day("1990-01-01") });
    }
    const first = await listDuplicates(organizer, {}, 2);
    expect(first.pairs.map((p) => p.first.name)).toEqual(["Aminah", "Bariah"]);
    expect(first.total).toBe(3);
    const second = await listDuplicates(organizer, { cursor: first.nextCursor! }, 2);
    expect(second.pairs.map((p) => p.first.name)).toEqual(["Cucu"]);
    expect(second.nextCursor).toBeNull();
    // A broken cursor is the first page.
    expect((await listDuplicates(organizer, { cursor: "garbage" }, 2)).pairs).toHaveLength(2);
  });

  it("is refused to roles without person:merge", async () => {
    const bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36" }));
    await expect(listDuplicates(bp3mi, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("normalises names in SQL exactly as in TypeScript", async () => {
    const samples = ["Siti Aminah", "  SÎTI   aminah ", "Nurhayati\tBinti  Ahmad", "Ñoño Çelik", "Ǹgatini"];
    const key = Prisma.raw(nameKeySql("s"));
    for (const s of samples) {
      const [row] = await db.$queryRaw<{ k: string }[]>`SELECT ${key} AS k FROM (SELECT ${s}::text AS s) t`;
      expect(row!.k, s).toBe(normaliseName(s));
    }
  });
});
