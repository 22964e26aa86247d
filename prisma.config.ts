import { defineConfig } from "prisma/config";

// Prisma 7 no longer reads .env; the URL is only needed by CLI commands that talk to the
// database, which this project runs through scripts/db (see docs/decisions/002).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://lontar@127.0.0.1:5433/lontar" },
});
