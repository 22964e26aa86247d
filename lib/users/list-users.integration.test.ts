import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { ensureVillage } from "@/tests/factories/villages";
import { getUser } from "./get-user";
import { listUsers } from "./list-users";
import { listVillages } from "./list-villages";
import { listRegionOptions } from "./list-region-options";
import type { ListUsersQuery } from "./schemas";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const NAMES = ["Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita"];

describe("listUsers", () => {
  let admin: ReturnType<typeof actorOf>;

  beforeAll(async () => {
    await resetDatabase();
    admin = actorOf(await createTestUser(db, { role: "ADMIN", name: "Zaenal Admin", email: "zaenal@uji.id" }));
    // Created one after another, so "newest first" is the reverse of this order.
    for (const [i, name] of NAMES.entries()) {
      await createTestUser(db, { role: i % 2 ? "VILLAGE_OFFICIAL" : "ORGANIZER", villageCode: i < 4 ? LONTAR : SUSUKAN, name, email: `${name.toLowerCase()}@uji.id` });
    }
    // Two users with the same name: the id breaks the tie, so paging neither skips nor repeats.
    await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR, name: "Citra", email: "citra2@uji.id" });
  });

  const q = (query: Partial<ListUsersQuery>): ListUsersQuery => ({ sort: "name", ...query });

  async function allPages(query: ListUsersQuery, pageSize: number) {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const r = await listUsers(admin, { ...query, cursor }, pageSize);
      seen.push(...r.rows.map((u) => u.email));
      if (!r.nextCursor) return seen;
      cursor = r.nextCursor;
    }
    throw new Error("paging did not end");
  }

  it("pages by name without skipping or repeating, and counts every match", async () => {
    const first = await listUsers(admin, q({}), 3);
    expect(first.total).toBe(9);
    expect(first.rows.map((u) => u.name)).toEqual(["Ahmad", "Budi", "Citra"]);
    const seen = await allPages(q({}), 3);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    const names = (await listUsers(admin, q({}), 50)).rows.map((u) => u.name);
    expect(names).toEqual(["Ahmad", "Budi", "Citra", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Zaenal Admin"]);
  });

  it("pages newest first", async () => {
    const seen = await allPages(q({ sort: "created" }), 2);
    expect(seen).toEqual(["citra2@uji.id", "gita@uji.id", "fitri@uji.id", "eko@uji.id", "dewi@uji.id", "citra@uji.id", "budi@uji.id", "ahmad@uji.id", "zaenal@uji.id"]);
  });

  it("searches name and e-mail, and filters by role and village", async () => {
    expect((await listUsers(admin, q({ q: "CITRA" }))).rows.map((u) => u.email).sort()).toEqual(["citra2@uji.id", "citra@uji.id"]);
    expect((await listUsers(admin, q({ q: "zaenal@" }))).total).toBe(1);
    const officials = await listUsers(admin, q({ role: "VILLAGE_OFFICIAL" }));
    expect(officials.rows.map((u) => u.name)).toEqual(["Budi", "Dewi", "Fitri"]);
    const susukan = await listUsers(admin, q({ village: SUSUKAN }));
    expect(susukan.rows.map((u) => u.name)).toEqual(["Eko", "Fitri", "Gita"]);
    expect(susukan.rows[0]).toMatchObject({ villageCode: SUSUKAN, villageName: "Susukan" });
    expect((await listUsers(admin, q({ q: "tidak-ada" }))).total).toBe(0);
  });

  it("ignores a cursor that does not decode", async () => {
    const r = await listUsers(admin, q({ cursor: "%%%" }), 3);
    expect(r.rows[0]?.name).toBe("Ahmad");
  });

  it("getUser: a malformed or unknown id is NotFound", async () => {
    await expect(getUser(admin, "1")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getUser(admin, "6f1c1f0e-8a3b-4c1e-9d6a-2b7f4e5a9c01")).rejects.toBeInstanceOf(NotFoundError);
    const some = (await listUsers(admin, q({ q: "gita" }))).rows[0]!;
    expect(await getUser(admin, some.id)).toMatchObject({ name: "Gita", villageName: "Susukan", openSessions: 0 });
  });

  it("lists villages with their kecamatan and kabupaten, and BP3MI regions", async () => {
    await ensureVillage(db, "36.01.01.2001");
    const villages = await listVillages(admin);
    expect(villages.find((v) => v.code === LONTAR)).toEqual({ code: LONTAR, name: "Lontar", district: "Tirtayasa", regency: "Kabupaten Serang", active: true });
    expect(villages.map((v) => v.code)).toEqual(["36.01.01.2001", LONTAR, SUSUKAN]);
    const regions = await listRegionOptions(admin);
    expect(regions.every((r) => r.level === 1 || r.level === 2)).toBe(true);
    expect(regions.map((r) => r.code)).toEqual(expect.arrayContaining(["36", "36.01", "36.04"]));
  });
});
