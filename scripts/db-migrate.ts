// npm run db:migrate: applies pending migrations to the dev database: DATABASE_URL if set,
// else the embedded PostgreSQL (started for the run, and stopped again if this run started it).
//   npm run db:migrate -- --rolled-back <migration>   marks a failed migration as rolled back
//   (like `prisma migrate resolve --rolled-back`; a failed migration here changed nothing),
//   then applies again.

import { parseArgs } from "node:util";
import { ensureDatabase } from "../lib/db/embedded";
import { applyMigrations, listMigrationDirs, markMigrationRolledBack } from "../lib/db/migrate";

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { "rolled-back": { type: "string" } } });
  const database = await ensureDatabase("dev");
  try {
    console.log(`Database: ${redact(database.url)}`);
    const names = await listMigrationDirs();
    const rolledBack = values["rolled-back"];
    if (rolledBack) {
      await markMigrationRolledBack(database.url, rolledBack);
      console.log(`Marked ${rolledBack} as rolled back.`);
    }
    let applied: string[];
    try {
      applied = await applyMigrations(database.url);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(message);
      if (/failed migrations|Error querying the database/.test(message)) {
        console.error(
          "\nA failed migration is rolled back as a whole (nothing of it stays in the database). Fix its migration.sql, then run:\n" +
            "  npm run db:migrate -- --rolled-back <migration folder name>",
        );
      }
      return 1;
    }
    if (applied.length === 0) {
      console.log(`Up to date: all ${names.length} migrations already applied.`);
    } else {
      console.log(`Applied ${applied.length} of ${names.length} migrations:`);
      for (const name of applied) console.log(`  ${name}`);
    }
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
