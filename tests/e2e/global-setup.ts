import { ensureDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { seedDemo } from "../../prisma/seed";
import { e2eDb, testDatabaseUrl } from "./db";

// A clean test database with the demo villages and users before the end-to-end run.
export default async function globalSetup() {
  if (!process.env.TEST_DATABASE_URL) await ensureDatabase("test", { quiet: true });
  await applyMigrations(testDatabaseUrl());
  const db = e2eDb();
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename NOT IN ('Region', '_prisma_migrations')`;
  if (tables.length) {
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  }
  await seedDemo(db);
}
