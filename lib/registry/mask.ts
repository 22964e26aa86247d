import { can } from "@/lib/authz/permissions";
import type { Role } from "@/lib/authz/roles";

// Masking of identifiers and health details (UU 27/2022, need to know). Roles without
// person:read-identifiers see NIK and passport numbers masked; health notes are hidden from
// everyone until revealed, one at a time, through an audited action (reveal-person-field.ts).

const DOT = "•";

/** 3604134501900001 → 3604••••••••0001 (first 4 and last 4 shown). */
export function maskNik(nik: string): string {
  if (nik.length <= 8) return DOT.repeat(nik.length);
  return `${nik.slice(0, 4)}${DOT.repeat(nik.length - 8)}${nik.slice(-4)}`;
}

/** C1234567 → C•••••67 (first 1 and last 2 shown). */
export function maskPassport(passport: string): string {
  if (passport.length <= 3) return DOT.repeat(passport.length);
  return `${passport.slice(0, 1)}${DOT.repeat(passport.length - 3)}${passport.slice(-2)}`;
}

export function seesIdentifiers(role: Role): boolean {
  return can(role, "person:read-identifiers");
}

export type Identifiers = { nik: string; passportNumber: string | null; healthNotes: string | null };
export type MaskedIdentifiers = {
  nik: string;
  passportNumber: string | null;
  /** True when `nik` and `passportNumber` are masked (a reveal shows them). */
  identifiersMasked: boolean;
  /** Health notes never leave the server without a reveal; only whether there are any. */
  hasHealthNotes: boolean;
};

/** The identifiers as this role may see them. */
export function maskIdentifiers(role: Role, p: Identifiers): MaskedIdentifiers {
  const clear = seesIdentifiers(role);
  return {
    nik: clear ? p.nik : maskNik(p.nik),
    passportNumber: p.passportNumber == null ? null : clear ? p.passportNumber : maskPassport(p.passportNumber),
    identifiersMasked: !clear,
    hasHealthNotes: !!p.healthNotes,
  };
}

// The audit log is read by admins and BP3MI staff, so it must not hold what they may not
// see: sensitive fields are stored masked. When a change keeps the masked form identical
// (middle digits of a NIK, any edit of health notes) the new value is marked as changed, so
// the entry still shows that something changed.
export const HIDDEN = "[disembunyikan]";
const CHANGED = " (diubah)";

const MASKERS: Record<string, (v: string) => string> = {
  nik: maskNik,
  passportNumber: maskPassport,
  healthNotes: () => HIDDEN,
};

type Plain = Record<string, unknown>;

function maskOne(record: Plain | null): Plain | null {
  if (!record) return null;
  const out: Plain = { ...record };
  for (const [field, mask] of Object.entries(MASKERS)) {
    if (typeof out[field] === "string") out[field] = mask(out[field] as string);
  }
  return out;
}

/** Before/after snapshots of a person for writeAudit, with sensitive fields masked. */
export function maskForAudit(before: Plain | null, after: Plain | null): { before: Plain | null; after: Plain | null } {
  const b = maskOne(before);
  const a = maskOne(after);
  if (b && a && before && after) {
    for (const field of Object.keys(MASKERS)) {
      if (before[field] !== after[field] && b[field] === a[field] && typeof a[field] === "string") {
        a[field] = `${a[field] as string}${CHANGED}`;
      }
    }
  }
  return { before: b, after: a };
}
