import { z } from "zod";
import { checkbox, oneOf, optionalText, text } from "@/lib/validation/fields";
import { checkKkNumber, checkNik, checkNikFormat } from "./nik";

// Forms of the registry. Messages are keys of common.errors ("required") or, written
// "registry:key", of registry.errors (lib/actions/translate-issues.ts); the import reuses
// these schemas row by row, so every message here must make sense for one cell too.

export const SEXES = ["MALE", "FEMALE"] as const;
export const EDUCATIONS = ["NONE", "SD", "SMP", "SMA", "DIPLOMA", "S1", "S2_PLUS"] as const;
export const MARITAL_STATUSES = ["SINGLE", "MARRIED", "DIVORCED", "WIDOWED"] as const;
export const RELATIONS = ["HEAD", "SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDCHILD", "IN_LAW", "OTHER"] as const;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const EARLIEST_BIRTH = Date.UTC(1900, 0, 1);

/** A yyyy-mm-dd calendar date as UTC midnight (how @db.Date values are stored); null if not a real date. */
export function parseDay(value: string): Date | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

/** Today in WIB, as UTC midnight. */
export function todayWib(now = Date.now()): Date {
  const wib = new Date(now + WIB_OFFSET_MS);
  return new Date(Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate()));
}

/** The yyyy-mm-dd of a stored calendar date, for <input type="date">. */
export function toDayString(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

const noSpaces = (v: unknown) => (typeof v === "string" ? v.replace(/[\s.-]/g, "") : v);
const emptyToUndefined = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

/** NIK: 16 digits with a real date inside (lib/registry/nik.ts). Spaces, dots and dashes are dropped. */
export function nikField() {
  return z.preprocess(
    noSpaces,
    z.string("required").min(1, "required").superRefine((nik, ctx) => {
      const problem = checkNikFormat(nik);
      if (problem) ctx.addIssue({ code: "custom", message: `registry:${problem}` });
    }),
  );
}

export function kkField() {
  return z.preprocess(
    noSpaces,
    z.string("required").min(1, "required").superRefine((kk, ctx) => {
      const problem = checkKkNumber(kk);
      if (problem) ctx.addIssue({ code: "custom", message: `registry:${problem}` });
    }),
  );
}

// Every schema here also accepts its own output (a Date for a date, null for an empty
// field): the action parses the form, and the data function parses again what it receives.
export function birthDateField() {
  return z.preprocess((v) => (v instanceof Date ? toDayString(v) : v), birthDateString());
}

function birthDateString() {
  return z
    .string("required")
    .trim()
    .min(1, "required")
    .transform((s, ctx) => {
      const date = parseDay(s);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      return date;
    })
    .refine((d) => d.getTime() >= EARLIEST_BIRTH, "registry:birthDateTooEarly")
    .refine((d) => d.getTime() <= todayWib().getTime(), "registry:birthDateFuture");
}

/** A select that may be left on "—": empty means null. */
function optionalChoice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(emptyToUndefined, z.enum(values, "invalidChoice").optional()).transform((v) => v ?? null);
}

function optionalPattern(pattern: RegExp, message: string, normalise: (s: string) => string = (s) => s) {
  return z
    .preprocess(emptyToUndefined, z.string().trim().transform(normalise).pipe(z.string().regex(pattern, message)).optional())
    .transform((v) => v ?? null);
}

/** RT/RW: 1–3 digits, stored as three (RT 1 → 001) so that lists sort and match. */
const rtRw = () => optionalPattern(/^\d{3}$/, "registry:rtRwFormat", (s) => (/^\d{1,3}$/.test(s) ? s.padStart(3, "0") : s));

export const personShape = {
  nik: nikField(),
  name: text(100),
  sex: oneOf(SEXES),
  birthPlace: text(60),
  birthDate: birthDateField(),
  address: optionalText(200),
  dusun: optionalText(60),
  rt: rtRw(),
  rw: rtRw(),
  phone: optionalPattern(/^\+?\d{8,15}$/, "registry:phoneFormat", (s) => s.replace(/[\s().-]/g, "")),
  education: optionalChoice(EDUCATIONS),
  maritalStatus: optionalChoice(MARITAL_STATUSES),
  passportNumber: optionalPattern(/^[A-Z0-9]{6,9}$/, "registry:passportFormat", (s) => s.toUpperCase().replace(/\s/g, "")),
  healthNotes: optionalText(1000),
  householdId: z.preprocess(emptyToUndefined, z.string().regex(UUID, "invalidFormat").optional()).transform((v) => v ?? null),
  relationToHead: optionalChoice(RELATIONS),
};

type PersonLike = { nik?: unknown; birthDate?: unknown; sex?: unknown; householdId?: unknown; relationToHead?: unknown };

/** The NIK against the birth date and sex entered; a household needs the relation to its head. */
export function crossCheckPerson(v: PersonLike, ctx: z.RefinementCtx) {
  const { nik, birthDate, sex } = v;
  if (typeof nik === "string" && !checkNikFormat(nik) && birthDate instanceof Date && (sex === "MALE" || sex === "FEMALE")) {
    const problem = checkNik(nik, birthDate, sex);
    if (problem) ctx.addIssue({ code: "custom", path: ["nik"], message: `registry:${problem}` });
  }
  if (v.householdId && !v.relationToHead) {
    ctx.addIssue({ code: "custom", path: ["relationToHead"], message: "registry:relationRequired" });
  }
}

export const personSchema = z.object(personShape).superRefine(crossCheckPerson);
export type PersonInput = z.output<typeof personSchema>;

const version = z.coerce.number("invalidNumber").int("invalidNumber").min(0, "invalidNumber");

/** Editing: health notes are never sent to the form; empty keeps them, `clearHealthNotes` removes them. */
export const updatePersonSchema = z
  .object({ ...personShape, id: z.string().regex(UUID, "invalidFormat"), version, clearHealthNotes: checkbox().optional().transform((v) => v === true) })
  .superRefine(crossCheckPerson);
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;

// A household form lists its members as rows `members.<i>.nik` / `members.<i>.relation`
// (plain inputs, so it works without JavaScript). Empty rows are dropped after validation;
// the row index stays the input's index, so a message lands on the right row.
export const MEMBER_ROWS_MAX = 20;

function collectMemberRows(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const input = raw as Record<string, unknown>;
  if (Array.isArray(input.members)) return raw;
  const rows: { nik?: unknown; relation?: unknown }[] = [];
  for (const [key, value] of Object.entries(input)) {
    const m = /^members\.(\d{1,2})\.(nik|relation)$/.exec(key);
    if (!m || Number(m[1]) >= MEMBER_ROWS_MAX) continue;
    const i = Number(m[1]);
    while (rows.length <= i) rows.push({});
    rows[i]![m[2] as "nik" | "relation"] = value;
  }
  return { ...input, members: rows };
}

const memberRow = z
  .object({
    nik: z.preprocess((v) => (typeof v === "string" ? v.replace(/[\s.-]/g, "") : ""), z.string()),
    relation: optionalChoice(RELATIONS),
    /** Set on output: the form row, kept when the data function parses the output again. */
    row: z.number().int().optional(),
  })
  .superRefine((row, ctx) => {
    if (!row.nik) {
      if (row.relation) ctx.addIssue({ code: "custom", path: ["nik"], message: "required" });
      return;
    }
    const problem = checkNikFormat(row.nik);
    if (problem) ctx.addIssue({ code: "custom", path: ["nik"], message: `registry:${problem}` });
    if (!row.relation) ctx.addIssue({ code: "custom", path: ["relation"], message: "required" });
  });

const householdShape = {
  kkNumber: kkField(),
  address: optionalText(200),
  dusun: optionalText(60),
  rt: rtRw(),
  rw: rtRw(),
  members: z.array(memberRow).max(MEMBER_ROWS_MAX),
};

type MemberRow = { nik: string; relation: (typeof RELATIONS)[number] | null; row?: number };

function checkMembers(v: { members?: unknown }, ctx: z.RefinementCtx) {
  if (!Array.isArray(v.members)) return;
  const rows = v.members as MemberRow[];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (!row.nik) return;
    if (seen.has(row.nik)) ctx.addIssue({ code: "custom", path: ["members", i, "nik"], message: "registry:memberDuplicate" });
    seen.add(row.nik);
  });
  const heads = rows.filter((r) => r.nik && r.relation === "HEAD").length;
  if (heads !== 1) ctx.addIssue({ code: "custom", path: ["members"], message: heads === 0 ? "registry:headMissing" : "registry:headTooMany" });
}

/** The filled rows; `row` is the form row a message about it belongs to. */
const onlyFilledRows = <T extends { members: MemberRow[] }>(v: T) => ({
  ...v,
  members: v.members.flatMap((r, i) => (r.nik ? [{ nik: r.nik, relation: r.relation!, row: r.row ?? i }] : [])),
});

export const householdSchema = z.preprocess(collectMemberRows, z.object(householdShape).superRefine(checkMembers).transform(onlyFilledRows));
export type HouseholdInput = z.output<typeof householdSchema>;

/** Editing a household: the form carries the moment it was loaded (Household has no version column). */
export const updateHouseholdSchema = z.preprocess(
  collectMemberRows,
  z
    .object({
    ...householdShape,
    id: z.string().regex(UUID, "invalidFormat"),
    loadedAt: z.preprocess((v) => (v instanceof Date ? v.toISOString() : v), z.iso.datetime({ message: "invalidFormat" })),
  })
    .superRefine(checkMembers)
    .transform(onlyFilledRows),
);
export type UpdateHouseholdInput = z.output<typeof updateHouseholdSchema>;

export const requestTransferSchema = z.object({ nik: nikField(), reason: text(500) });
export type RequestTransferInput = z.output<typeof requestTransferSchema>;

export const decideTransferSchema = z.object({
  id: z.string().regex(UUID, "invalidFormat"),
  decision: oneOf(["approve", "reject"]),
  confirm: checkbox().refine((v) => v === true, "required"),
});
export type DecideTransferInput = z.output<typeof decideTransferSchema>;

export const REVEALABLE = ["nik", "passport", "health"] as const;
export type RevealableField = (typeof REVEALABLE)[number];
export const revealPersonFieldSchema = z.object({ personId: z.string().regex(UUID, "invalidFormat"), field: oneOf(REVEALABLE) });
export type RevealPersonFieldInput = z.output<typeof revealPersonFieldSchema>;
