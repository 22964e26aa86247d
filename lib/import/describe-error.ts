import type { ImportField } from "./fields";
import type { ErrorEntry } from "./prepare-import";

// An error entry in the user's language, for the preview table and the CSV report. `t` is
// a translator over the "import" namespace.
type Translate = (key: string, values?: Record<string, string | number>) => string;

export function describeError(entry: ErrorEntry, t: Translate): { field: string; reason: string } {
  return { field: t(`fields.${entry.field satisfies ImportField}`), reason: t(`reasons.${entry.reason}`, entry.params) };
}
