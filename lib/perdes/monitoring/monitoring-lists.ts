// The five lists of the departure and return monitoring (issue 7, item 4), and their keyset
// cursor. Pure: the SQL is in monitoring-sql.ts.

export const MONITORING_LISTS = ["departures", "abroad", "returnsDue", "returns", "nonProcedural"] as const;
export type MonitoringList = (typeof MONITORING_LISTS)[number];

/** The lists that depend on the period; "abroad" and "returnsDue" are about today. */
export const PERIOD_LISTS: ReadonlySet<MonitoringList> = new Set(["departures", "returns", "nonProcedural"]);

export function parseMonitoringList(raw: string | string[] | undefined | null): MonitoringList {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return (MONITORING_LISTS as readonly string[]).includes(v ?? "") ? (v as MonitoringList) : "departures";
}

/** The last row's sort day ("YYYY-MM-DD") and placement id, as an opaque URL-safe string. */
export type MonitoringCursor = { day: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function encodeMonitoringCursor(c: MonitoringCursor): string {
  return Buffer.from(JSON.stringify([c.day, c.id]), "utf8").toString("base64url");
}

/** A cursor that does not decode means "first page". */
export function decodeMonitoringCursor(raw: string | string[] | null | undefined): MonitoringCursor | null {
  const v = Array.isArray(raw) ? raw[0] : raw;
  if (!v) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(v, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [day, id] = value as unknown[];
    return typeof day === "string" && DAY.test(day) && typeof id === "string" && UUID.test(id) ? { day, id } : null;
  } catch {
    return null;
  }
}
