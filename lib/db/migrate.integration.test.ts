// applyMigrations against a real PostgreSQL: a throwaway database in the test cluster, so
// that applying from scratch is exercised on every run.

import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTestDatabaseUrl, resetDatabase } from "../../tests/helpers/test-db";
import { applyMigrations, listMigrationDirs, migrationsDir } from "./migrate";

let adminUrl: string;
let scratchUrl: string;
let scratchName: string;

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  adminUrl = await getTestDatabaseUrl();
  scratchName = `lontar_migrate_${randomBytes(4).toString("hex")}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(scratchName)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${scratchName}`;
  scratchUrl = url.toString();
}, 120_000);

afterAll(async () => {
  if (scratchName) await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(scratchName)} WITH (FORCE)`));
});

describe("applyMigrations", () => {
  it("applies every migration once even when two callers race, as prisma migrate deploy records them", async () => {
    const names = await listMigrationDirs();
    const [a, b] = await Promise.all([applyMigrations(scratchUrl), applyMigrations(scratchUrl)]);
    expect([...a, ...b].sort()).toEqual(names);
    expect(await applyMigrations(scratchUrl)).toEqual([]);

    const { rows } = await withClient(scratchUrl, (c) =>
      c.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number }>(
        "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name",
      ),
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(migrationsDir(), row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  }, 60_000);

  it("installs the hand-written parts: extensions, reference regions, append-only audit log", async () => {
    await withClient(scratchUrl, async (c) => {
      const ext = await c.query<{ extname: string }>("SELECT extname FROM pg_extension ORDER BY extname");
      expect(ext.rows.map((r) => r.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));

      const lontar = await c.query('SELECT name, level, "parentCode" FROM "Region" WHERE code = $1', ["36.04.13.2007"]);
      expect(lontar.rows).toEqual([{ name: "Lontar", level: 4, parentCode: "36.04.13" }]);

      await c.query(`INSERT INTO "AuditLog" (action, entity, "villageCode") VALUES ('test', 'Probe', '36.04.13.2007')`);
      await expect(c.query(`UPDATE "AuditLog" SET action = 'changed'`)).rejects.toThrow("AuditLog is append-only");
      await expect(c.query(`DELETE FROM "AuditLog"`)).rejects.toThrow("AuditLog is append-only");

      const plan = await c.query<{ "QUERY PLAN": string }>(
        `EXPLAIN SELECT id FROM "AuditLog" WHERE "villageCode" LIKE '36.04.%' ORDER BY at DESC LIMIT 20`,
      );
      await c.query("SET enable_seqscan = off");
      const indexed = await c.query<{ "QUERY PLAN": string }>(
        `EXPLAIN SELECT id FROM "AuditLog" WHERE "villageCode" LIKE '36.04.%' ORDER BY at DESC LIMIT 20`,
      );
      expect(plan.rows.length).toBeGreaterThan(0);
      expect(indexed.rows.map((r) => r["QUERY PLAN"]).join("\n")).toContain("AuditLog_villageCode_pattern_at_idx");
    });
  });
});

describe("resetDatabase", () => {
  it("empties app tables, keeps regions and the migration history", async () => {
    await withClient(adminUrl, async (c) => {
      await c.query(`INSERT INTO "Village" (code) VALUES ('36.04.13.2007') ON CONFLICT DO NOTHING`);
      await c.query(`INSERT INTO "AuditLog" (action, entity) VALUES ('test', 'Probe')`);
    });
    await resetDatabase();
    await withClient(adminUrl, async (c) => {
      const counts = await c.query<{ villages: number; audit: number; regions: number; migrations: number }>(
        `SELECT (SELECT count(*) FROM "Village")::int AS villages, (SELECT count(*) FROM "AuditLog")::int AS audit,
                (SELECT count(*) FROM "Region")::int AS regions, (SELECT count(*) FROM _prisma_migrations)::int AS migrations`,
      );
      expect(counts.rows[0]).toMatchObject({ villages: 0, audit: 0 });
      expect(counts.rows[0]!.regions).toBeGreaterThanOrEqual(39);
      expect(counts.rows[0]!.migrations).toBe((await listMigrationDirs()).length);
      const next = await c.query<{ id: string }>(`INSERT INTO "AuditLog" (action, entity) VALUES ('test', 'Probe') RETURNING id`);
      expect(next.rows[0]!.id).toBe("1"); // RESTART IDENTITY
    });
    await resetDatabase();
  });
});
