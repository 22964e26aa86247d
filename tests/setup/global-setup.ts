import type { TestProject } from "vitest/node";
import { ensureDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";

// Integration tests run against a real PostgreSQL: the embedded test cluster (.data/postgres-test)
// or TEST_DATABASE_URL, which must point at this machine (ensureDatabase refuses anything else).
export default async function setup(project: TestProject) {
  const handle = await ensureDatabase("test", { quiet: true });
  await applyMigrations(handle.url);
  project.provide("databaseUrl", handle.url);
  return async () => {
    await handle.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
