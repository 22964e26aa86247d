// Which fields a change touched, with their values before and after. Secrets never
// enter the audit log: their values are replaced by a marker.
const SECRET_FIELDS = new Set(["passwordHash", "password", "pin", "pinHash"]);
const REDACTED = "[disembunyikan]";

type Plain = Record<string, unknown>;

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

export function changedFields(
  before: Plain | null | undefined,
  after: Plain | null | undefined,
): { before: Plain | null; after: Plain | null } {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const b: Plain = {};
  const a: Plain = {};
  for (const key of keys) {
    if (key === "updatedAt") continue;
    const bv = normalise(before?.[key]);
    const av = normalise(after?.[key]);
    if (JSON.stringify(bv) === JSON.stringify(av)) continue;
    const secret = SECRET_FIELDS.has(key);
    if (before) b[key] = secret ? REDACTED : (bv ?? null);
    if (after) a[key] = secret ? REDACTED : (av ?? null);
  }
  return { before: before ? b : null, after: after ? a : null };
}
