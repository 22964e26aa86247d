// `npm run db:seed`: demo data into the development database (idempotent).
import { ensureDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";

const handle = await ensureDatabase("dev");
await applyMigrations(handle.url);
process.env.DATABASE_URL = handle.url;
const { db } = await import("../lib/db/client");
const { seedDemo, demoLoginsText } = await import("../prisma/seed");
await seedDemo(db);
console.log("Demo data is in place.");
console.log(demoLoginsText());
await db.$disconnect();
await handle.stop();
