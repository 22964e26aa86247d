// Where the database is. DATABASE_URL wins; otherwise the embedded PostgreSQL that
// scripts/start.ts and the test set-up run (see lib/db/embedded.ts).

export const EMBEDDED = {
  dev: { dir: ".data/postgres", port: 5433, database: "lontar" },
  test: { dir: ".data/postgres-test", port: 5434, database: "lontar_test" },
} as const;

export const EMBEDDED_USER = "lontar";
export const EMBEDDED_PASSWORD = "lontar";

export type DatabaseKind = keyof typeof EMBEDDED;

export function embeddedUrl(kind: DatabaseKind): string {
  const { port, database } = EMBEDDED[kind];
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || embeddedUrl("dev");
}

/** True when the URL points at this machine (tests refuse anything else). */
export function isLocalUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "::1" || host === "[::1]";
}
