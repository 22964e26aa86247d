import { inject } from "vitest";

// Before any test module loads lib/db/client, point it at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
