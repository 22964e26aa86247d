// Migration hygiene, without a database: every migration folder is complete, and
// prisma/schema.prisma has no change that a migration does not carry yet.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  diffSchemas,
  listMigrationDirs,
  MIGRATION_LOCK_FILE,
  MIGRATION_SCHEMA_FILE,
  MIGRATION_SQL_FILE,
  migrationsDir,
  schemaPath,
} from "./migrate";

const dir = migrationsDir();

/** Statements of generated SQL, whitespace-normalised, without comments. */
function statements(sql: string): string[] {
  return sql
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("--"))
    .join("\n")
    .split(";")
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

describe("prisma/migrations", () => {
  it("has a lock file for PostgreSQL", async () => {
    const lock = await readFile(path.join(dir, MIGRATION_LOCK_FILE), "utf8");
    expect(lock).toMatch(/^provider\s*=\s*"postgresql"\s*$/m);
  });

  it("has at least one migration, with well-formed, unique names", async () => {
    const names = await listMigrationDirs(dir);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    const stamps = names.map((n) => n.slice(0, 14));
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it(`has ${MIGRATION_SQL_FILE} and ${MIGRATION_SCHEMA_FILE} in every migration folder`, async () => {
    const incomplete: string[] = [];
    for (const name of await listMigrationDirs(dir)) {
      for (const file of [MIGRATION_SQL_FILE, MIGRATION_SCHEMA_FILE]) {
        if (!existsSync(path.join(dir, name, file))) incomplete.push(`${name}/${file}`);
      }
    }
    expect(incomplete, "missing files").toEqual([]);
  });

  it("has no schema.prisma change without a migration (run npm run db:migrate:new -- <name>)", async () => {
    const last = (await listMigrationDirs(dir)).at(-1);
    expect(last).toBeDefined();
    const copy = await readFile(path.join(dir, last!, MIGRATION_SCHEMA_FILE), "utf8");
    const current = await readFile(schemaPath(), "utf8");
    const { sql, hasChanges } = await diffSchemas(copy, current);
    expect(hasChanges, `prisma/schema.prisma differs from ${last}/${MIGRATION_SCHEMA_FILE}; the missing migration:\n${sql}`).toBe(false);
  }, 60_000);

  it("notices a schema change (the check above is not vacuous)", async () => {
    const current = await readFile(schemaPath(), "utf8");
    const changed = `${current}\nmodel DriftProbe {\n  id Int @id\n}\n`;
    const { sql, hasChanges } = await diffSchemas(current, changed);
    expect(hasChanges).toBe(true);
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  }, 60_000);

  it("has, in each migration.sql, the statements generated from the previous schema copy to its own", async () => {
    let previous: string | null = null;
    const problems: string[] = [];
    for (const name of await listMigrationDirs(dir)) {
      const copy = await readFile(path.join(dir, name, MIGRATION_SCHEMA_FILE), "utf8");
      const written = statements(await readFile(path.join(dir, name, MIGRATION_SQL_FILE), "utf8")).join(";\n");
      const { sql, hasChanges } = await diffSchemas(previous, copy);
      if (hasChanges) {
        for (const statement of statements(sql)) {
          if (!written.includes(statement)) problems.push(`${name}: missing ${statement}`);
        }
      }
      previous = copy;
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
