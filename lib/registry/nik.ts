// NIK (Nomor Induk Kependudukan): 16 digits, PPKKCC DDMMYY NNNN.
//   PPKKCC  kecamatan where the NIK was first issued. It never changes when the person moves,
//           so a code from another region is NOT an error.
//   DD      day of birth, plus 40 for women
//   MMYY    month and two-digit year of birth
//   NNNN    serial, from 0001
// Source: dukcapil (see ../shared/docs/domain.md, "Identity numbers"); docs/decisions/009.

export type NikProblem =
  | "nikLength" // not 16 characters
  | "nikDigits" // not only digits
  | "nikDate" // DDMMYY is not a date
  | "nikSerial" // serial 0000
  | "nikBirthDateMismatch" // DDMMYY differs from the birth date entered
  | "nikSexMismatch"; // day + 40 says the other sex

export type NikParts = { kecamatanCode: string; day: number; month: number; yearTwoDigits: number; female: boolean; serial: string };

export function parseNik(nik: string): NikParts | null {
  if (!/^\d{16}$/.test(nik)) return null;
  const rawDay = Number(nik.slice(6, 8));
  const female = rawDay > 40;
  return {
    kecamatanCode: nik.slice(0, 6),
    day: female ? rawDay - 40 : rawDay,
    month: Number(nik.slice(8, 10)),
    yearTwoDigits: Number(nik.slice(10, 12)),
    female,
    serial: nik.slice(12),
  };
}

function isCalendarDay(day: number, month: number, yearTwoDigits: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // A two-digit year is ambiguous; 29 February is allowed when either century makes it a leap year.
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return false;
  if (month === 2 && day === 29) {
    const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return leap(1900 + yearTwoDigits) || leap(2000 + yearTwoDigits);
  }
  return true;
}

/** The NIK's own problems, without comparing it to anything. */
export function checkNikFormat(nik: string): NikProblem | null {
  if (nik.length !== 16) return /^\d*$/.test(nik) ? "nikLength" : "nikDigits";
  if (!/^\d{16}$/.test(nik)) return "nikDigits";
  const p = parseNik(nik)!;
  if (!isCalendarDay(p.day, p.month, p.yearTwoDigits)) return "nikDate";
  if (p.serial === "0000") return "nikSerial";
  return null;
}

/**
 * Cross-checks a NIK with the birth date and sex entered on the form. The date is compared as
 * a calendar date (UTC parts of a date-only value).
 */
export function checkNik(nik: string, birthDate: Date, sex: "MALE" | "FEMALE"): NikProblem | null {
  const format = checkNikFormat(nik);
  if (format) return format;
  const p = parseNik(nik)!;
  if (
    p.day !== birthDate.getUTCDate() ||
    p.month !== birthDate.getUTCMonth() + 1 ||
    p.yearTwoDigits !== birthDate.getUTCFullYear() % 100
  ) {
    return "nikBirthDateMismatch";
  }
  if (p.female !== (sex === "FEMALE")) return "nikSexMismatch";
  return null;
}

/** Builds a valid NIK (for tests, the seed and synthetic data). */
export function makeNik(kecamatanCode: string, birthDate: Date, sex: "MALE" | "FEMALE", serial: number): string {
  const day = birthDate.getUTCDate() + (sex === "FEMALE" ? 40 : 0);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${kecamatanCode}${pad(day)}${pad(birthDate.getUTCMonth() + 1)}${pad(birthDate.getUTCFullYear() % 100)}${pad(serial, 4)}`;
}

/** Nomor KK: 16 digits. */
export function checkKkNumber(kk: string): "kkLength" | "kkDigits" | null {
  if (!/^\d*$/.test(kk)) return "kkDigits";
  return kk.length === 16 ? null : "kkLength";
}
