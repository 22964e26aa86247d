import "server-only";
import { db } from "@/lib/db/client";

export type DatabaseHealth = { status: "up" | "down"; latencyMs: number };

export const DATABASE_CHECK_TIMEOUT_MS = 2000;

/**
 * `SELECT 1` with a deadline, for the health endpoint. The one Prisma call without an
 * actor: it reads no data. Errors are not passed on (they can name hosts or users).
 */
export async function checkDatabase(timeoutMs = DATABASE_CHECK_TIMEOUT_MS): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const result = await Promise.race([db.$queryRaw`SELECT 1`.then(() => "ok" as const), timeout]);
    return { status: result === "ok" ? "up" : "down", latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { status: "down", latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}
