import type { CaseSort } from "./list-cases-query";

// Keyset cursors for the case list, like the people list's (lib/registry/cursor.ts): the last
// row's sort key and id as an opaque URL-safe string. It also carries the sort it was made
// for and the moment the first page was read: "overdue" depends on the clock, and reading
// every page against the same moment keeps a case that fell overdue meanwhile from being
// shown twice or skipped. A cursor that does not decode, or was made for another sort, is
// treated as "first page".
export type CaseCursor = { sort: CaseSort; at: Date; key: string[]; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const RANK = /^[01]$/;

/** The shape of each sort's key (see cases-sql.ts). A due time may be "infinity" (none due). */
const KEY_SHAPES: Record<CaseSort, readonly RegExp[]> = {
  priority: [RANK, RANK, ISO],
  newest: [ISO],
  due: [/^(infinity|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/],
  overdue: [RANK, /^(infinity|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/],
};

/** An ISO moment that round-trips (2026-02-30 does not), so the database never sees a bad date. */
function realMoment(iso: string): boolean {
  if (!ISO.test(iso)) return false;
  const d = new Date(iso);
  return !Number.isNaN(d.getTime()) && d.toISOString() === iso;
}

export function encodeCaseCursor(cursor: CaseCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.at.toISOString(), cursor.key, cursor.id]), "utf8").toString("base64url");
}

export function decodeCaseCursor(raw: string | undefined | null, sort: CaseSort): CaseCursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 4) return null;
    const [s, at, key, id] = value as unknown[];
    if (s !== sort || typeof at !== "string" || !realMoment(at) || typeof id !== "string" || !UUID.test(id)) return null;
    const shape = KEY_SHAPES[sort];
    const fits = (k: unknown, i: number) => typeof k === "string" && shape[i]!.test(k) && (!ISO.test(k) || realMoment(k));
    if (!Array.isArray(key) || key.length !== shape.length || !key.every(fits)) return null;
    return { sort, at: new Date(at), key: key as string[], id };
  } catch {
    // a hand-edited or truncated cursor: first page
  }
  return null;
}
