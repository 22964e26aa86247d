// The fields an entry changed, compact: "name: Siti → Siti Aminah". A creation shows only
// the new values, a deletion only the old. Long values are cut; the CSV export has them whole.
const MAX_VALUE = 80;
const SHOWN = 5;

type Json = unknown;

function asRecord(value: Json): Record<string, Json> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Json>) : null;
}

// Moments are stored as ISO strings in UTC (lib/audit/diff.ts); people read them in WIB.
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export type ValueFormat = { empty: string; moment?: (iso: string) => string };

export function formatAuditValue(value: Json, format: ValueFormat): string {
  if (value === null || value === undefined || value === "") return format.empty;
  if (typeof value === "string" && format.moment && ISO_MOMENT.test(value)) return format.moment(value);
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

export type AuditChange = { field: string; before?: string; after?: string };

export function auditChanges(before: Json, after: Json, format: ValueFormat): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields.map((field) => ({
    field,
    before: b ? formatAuditValue(b[field], format) : undefined,
    after: a ? formatAuditValue(a[field], format) : undefined,
  }));
}

function Change({ c }: { c: AuditChange }) {
  return (
    <li className="break-words">
      <span className="font-medium text-slate-700">{c.field}</span>:{" "}
      {c.before !== undefined ? <del className="text-red-800 decoration-red-400">{c.before}</del> : null}
      {c.before !== undefined && c.after !== undefined ? <span aria-hidden="true"> → </span> : null}
      {c.after !== undefined ? <ins className="text-green-900 no-underline">{c.after}</ins> : null}
    </li>
  );
}

export function AuditChanges({
  before,
  after,
  strings,
}: {
  before: Json;
  after: Json;
  strings: { none: string; more: (n: number) => string } & ValueFormat;
}) {
  const changes = auditChanges(before, after, strings);
  if (changes.length === 0) return <span className="text-slate-500">{strings.none}</span>;
  const shown = changes.slice(0, SHOWN);
  const rest = changes.slice(SHOWN);
  return (
    <div className="text-xs">
      <ul className="flex flex-col gap-0.5">
        {shown.map((c) => (
          <Change key={c.field} c={c} />
        ))}
      </ul>
      {rest.length ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-brand-700">{strings.more(rest.length)}</summary>
          <ul className="mt-1 flex flex-col gap-0.5">
            {rest.map((c) => (
              <Change key={c.field} c={c} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
