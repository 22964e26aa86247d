// npm run db:generate (also the postinstall step): `prisma generate`, which writes the
// Prisma client to lib/db/generated/.
// The Prisma CLI checks for its native schema engine before any command and tries to download
// it when it is missing; without access to Prisma's binary host that fails, even though
// `generate` never runs the engine. So when no engine is installed and
// PRISMA_SCHEMA_ENGINE_BINARY is unset, point that variable at an existing harmless
// executable (this Node binary). With an engine installed, or the variable set, nothing changes.
// See docs/decisions/002-offline-migrations-with-wasm-engine.md.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

function installedSchemaEngine(): string | null {
  const dirs: string[] = [];
  for (const pkg of ["@prisma/engines/package.json", "prisma/package.json"]) {
    try {
      dirs.push(path.dirname(require.resolve(pkg)));
    } catch {
      // not installed
    }
  }
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const engine = readdirSync(dir).find((f) => f.startsWith("schema-engine-") && !f.endsWith(".sha256") && !f.endsWith(".gz"));
    if (engine) return path.join(dir, engine);
  }
  return null;
}

function main(): number {
  const env = { ...process.env };
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !installedSchemaEngine()) {
    env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
    console.log("db:generate: no Prisma schema engine installed; using a stand-in (generate does not run it).");
  }
  let cli: string;
  try {
    cli = require.resolve("prisma/build/index.js");
  } catch {
    console.error("db:generate: the prisma package is not installed (npm install).");
    return 1;
  }
  const result = spawnSync(process.execPath, [cli, "generate", ...process.argv.slice(2)], { stdio: "inherit", env });
  if (result.error) {
    console.error(result.error.message);
    return 1;
  }
  return result.status ?? 1;
}

process.exit(main());
