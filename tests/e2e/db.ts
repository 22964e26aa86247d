import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { embeddedUrl } from "../../lib/db/connection";

// The e2e tests prepare data straight in the test database, as the server sees it.
export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL || embeddedUrl("test");
}

let client: PrismaClient | undefined;
export function e2eDb(): PrismaClient {
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl(), max: 2 }) });
  return client;
}
