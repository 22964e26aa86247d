import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getTestDatabaseUrl } from "../../tests/helpers/test-db";
import { importRegions } from "./import-regions";

// A made-up province (99) so that the fixture never collides with real reference data, plus
// one made-up desa under Kec. Tirtayasa, whose parent exists only in the database (from the
// reference-regions migration).
const FIXTURE = [
  "\uFEFFkode,nama",
  "99,Provinsi Uji",
  '99.01,"Kabupaten Uji, Satu"',
  "99.01.01,Kecamatan Uji",
  "99.01.01.2001,Desa Uji Satu",
  '99.01.01.2002,"Desa ""Uji"" Dua"',
  "99.01.01.1003,Kelurahan Uji Tiga",
  "36.04.13.2999,Desa Uji Tirtayasa",
].join("\r\n");

const FIXTURE_CODES = ["99", "99.01", "99.01.01", "99.01.01.2001", "99.01.01.2002", "99.01.01.1003", "36.04.13.2999"];

let pool: pg.Pool;

async function regionCount(): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM "Region"');
  return Number(rows[0]!.n);
}

async function removeFixture(): Promise<void> {
  // Children first (Region.parentCode references Region.code).
  await pool.query('DELETE FROM "Region" WHERE code = ANY($1::text[]) AND level = 4', [FIXTURE_CODES]);
  await pool.query('DELETE FROM "Region" WHERE code = ANY($1::text[])', [FIXTURE_CODES]);
}

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: await getTestDatabaseUrl(), max: 2 });
}, 120_000);

afterAll(async () => {
  await removeFixture();
  await pool.end();
});

beforeEach(removeFixture);

describe("importRegions", () => {
  it("inserts a file, then finds nothing to do on a second import", async () => {
    const before = await regionCount();
    const first = await importRegions(pool, FIXTURE);
    expect(first).toEqual({ inserted: 7, updated: 0, unchanged: 0, errors: [] });
    expect(await regionCount()).toBe(before + 7);

    const { rows } = await pool.query('SELECT code, name, level, "parentCode" FROM "Region" WHERE code = ANY($1::text[]) ORDER BY code', [
      ["99.01", "99.01.01.2002", "36.04.13.2999"],
    ]);
    expect(rows).toEqual([
      { code: "36.04.13.2999", name: "Desa Uji Tirtayasa", level: 4, parentCode: "36.04.13" },
      { code: "99.01", name: "Kabupaten Uji, Satu", level: 2, parentCode: "99" },
      { code: "99.01.01.2002", name: 'Desa "Uji" Dua', level: 4, parentCode: "99.01.01" },
    ]);

    const second = await importRegions(pool, FIXTURE);
    expect(second).toEqual({ inserted: 0, updated: 0, unchanged: 7, errors: [] });
    expect(await regionCount()).toBe(before + 7);
  });

  it("updates a changed name and bumps updatedAt", async () => {
    await importRegions(pool, FIXTURE);
    const renamed = FIXTURE.replace("Desa Uji Satu", "Desa Uji Kesatu");
    const result = await importRegions(pool, renamed);
    expect(result).toEqual({ inserted: 0, updated: 1, unchanged: 6, errors: [] });
    const { rows } = await pool.query('SELECT name, "updatedAt" > now() - interval \'1 minute\' AS fresh FROM "Region" WHERE code = $1', [
      "99.01.01.2001",
    ]);
    expect(rows[0]).toEqual({ name: "Desa Uji Kesatu", fresh: true });
  });

  it("takes a Client as well as a Pool", async () => {
    const client = new pg.Client({ connectionString: await getTestDatabaseUrl() });
    await client.connect();
    try {
      expect((await importRegions(client, FIXTURE)).inserted).toBe(7);
    } finally {
      await client.end();
    }
  });

  it("rejects a file with a malformed row, reports its line and writes nothing", async () => {
    const before = await regionCount();
    const bad = FIXTURE.replace("99.01.01.2002,", "99.1.01.2002,"); // line 6
    const result = await importRegions(pool, bad);
    expect(result.inserted + result.updated + result.unchanged).toBe(0);
    expect(result.errors).toEqual([{ line: 6, reason: "invalid_code", value: "99.1.01.2002" }]);
    expect(await regionCount()).toBe(before);
  });

  it("rejects a row whose parent is neither in the file nor in the database", async () => {
    const before = await regionCount();
    const orphan = `${FIXTURE}\r\n98.01,Kabupaten Yatim`; // line 9
    const result = await importRegions(pool, orphan);
    expect(result.errors).toEqual([{ line: 9, reason: "missing_parent", value: "98" }]);
    expect(await regionCount()).toBe(before);
  });

  it("accepts children listed before their parents", async () => {
    const reversed = ["kode,nama", ...FIXTURE.split("\r\n").slice(1).reverse()].join("\n");
    const result = await importRegions(pool, reversed, { batchSize: 2 });
    expect(result).toEqual({ inserted: 7, updated: 0, unchanged: 0, errors: [] });
  });
});
