// What a merge lets the user choose, field by field: for each group of Person columns, take
// the value of the kept record or of the duplicate. Columns that belong together move
// together (an address with its dusun/RT/RW; a household with the relation to its head).
// The current* columns are not chosen: refreshCurrentPlacement rebuilds them from the
// placements after the merge. Pure: pages, data functions and tests use it.

export const MERGE_FIELDS = {
  name: ["name"],
  nik: ["nik"],
  sex: ["sex"],
  birthPlace: ["birthPlace"],
  birthDate: ["birthDate"],
  address: ["address", "dusun", "rt", "rw"],
  phone: ["phone"],
  education: ["education"],
  maritalStatus: ["maritalStatus"],
  household: ["householdId", "relationToHead"],
  passportNumber: ["passportNumber"],
  healthNotes: ["healthNotes"],
} as const;

export type MergeField = keyof typeof MERGE_FIELDS;
export type MergeColumn = (typeof MERGE_FIELDS)[MergeField][number];
export const MERGE_FIELD_NAMES = Object.keys(MERGE_FIELDS) as MergeField[];

/** The person columns a merge reads and may write. */
export type MergeablePerson = { [K in MergeColumn]: K extends "birthDate" ? Date : K extends "name" | "nik" | "sex" | "birthPlace" ? string : string | null };

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function isFieldEmpty(person: MergeablePerson, field: MergeField): boolean {
  return MERGE_FIELDS[field].every((c) => isBlank(person[c]));
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}

export function isFieldEqual(a: MergeablePerson, b: MergeablePerson, field: MergeField): boolean {
  return MERGE_FIELDS[field].every((c) => same(a[c], b[c]));
}

/**
 * The proposed choice before the user changes anything: the kept record's value, unless it is
 * empty and the duplicate has one (nothing known about the person is dropped by default).
 */
export function defaultSources(kept: MergeablePerson, other: MergeablePerson): Record<MergeField, "kept" | "other"> {
  const out = {} as Record<MergeField, "kept" | "other">;
  for (const f of MERGE_FIELD_NAMES) out[f] = isFieldEmpty(kept, f) && !isFieldEmpty(other, f) ? "other" : "kept";
  return out;
}

/** The columns the kept person takes from the duplicate. */
export function columnsFromDuplicate(duplicate: MergeablePerson, takeFromDuplicate: readonly MergeField[]): Partial<MergeablePerson> {
  const data: Record<string, unknown> = {};
  for (const f of takeFromDuplicate) for (const c of MERGE_FIELDS[f]) data[c] = duplicate[c];
  return data as Partial<MergeablePerson>;
}

/** The person as it will be after the merge (for the confirmation page and the checks). */
export function mergedPerson<P extends MergeablePerson>(kept: P, duplicate: MergeablePerson, takeFromDuplicate: readonly MergeField[]): P {
  return { ...kept, ...columnsFromDuplicate(duplicate, takeFromDuplicate) };
}

/**
 * NIK, birth date and sex must agree (lib/registry/nik.ts). When all three come from one
 * record they are taken as they are; a mix of the two records is checked.
 */
export function identityMixed(takeFromDuplicate: readonly MergeField[]): boolean {
  const fromDuplicate = (["nik", "birthDate", "sex"] as const).filter((f) => takeFromDuplicate.includes(f)).length;
  return fromDuplicate > 0 && fromDuplicate < 3;
}
