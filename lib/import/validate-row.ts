import type { Education, FamilyRelation, MaritalStatus, Sex } from "@/lib/db/generated/enums";
import { checkKkNumber, checkNik, checkNikFormat } from "@/lib/registry/nik";
import type { ImportField } from "./fields";
import { identifierFromCell, cellText, checkText, normalisePhone, normaliseRtRw, parseEducation, parseMaritalStatus, parseRelation, parseSex } from "./normalize-values";
import { isoDay, parseDateCell, type CellValue } from "./parse-date";
import type { ReferenceLookup } from "./reference-lookup";

// One spreadsheet row → a person record, or every problem of the row. The same rules as the
// people form: NIK through lib/registry/nik.ts (16 digits, date and sex part agreeing with
// the birth date and sex), KK through checkKkNumber, free text without markup. Every field
// is checked, so the preview lists all of a row's problems at once, not only the first.

/** The reasons a cell is refused; each is a key of import.reasons in the catalogs. */
export type RowReason =
  | "required"
  | "tooLong"
  | "noMarkup"
  | "controlChars"
  | "nikLength"
  | "nikDigits"
  | "nikDate"
  | "nikSerial"
  | "nikBirthDateMismatch"
  | "nikSexMismatch"
  | "identifierScientific"
  | "identifierRounded"
  | "kkLength"
  | "kkDigits"
  | "invalidDate"
  | "birthDateFuture"
  | "birthDateTooOld"
  | "departureDateRange"
  | "invalidSex"
  | "invalidEducation"
  | "invalidMaritalStatus"
  | "invalidRelation"
  | "invalidPhone"
  | "invalidRtRw"
  | "unknownCountry"
  | "unknownJob"
  | "placementIncomplete"
  | "duplicateInFile"
  | "relationRequired"
  | "headTwice"
  | "headExists"
  | "nikOtherVillage"
  | "kkOtherVillage";

export type RowError = { field: ImportField; reason: RowReason; value: string; params?: Record<string, string | number> };

/** A valid row, ready for the database (dates as yyyy-mm-dd). */
export type ImportRecord = {
  nik: string;
  name: string;
  sex: Sex;
  birthPlace: string;
  birthDate: string;
  address: string | null;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
  phone: string | null;
  education: Education | null;
  maritalStatus: MaritalStatus | null;
  kkNumber: string | null;
  relationToHead: FamilyRelation | null;
  countryCode: string | null;
  jobCode: string | null;
  recruiterName: string | null;
  departureDate: string | null;
};

export type RowCells = Partial<Record<ImportField, CellValue>>;

export const TEXT_LIMITS = { name: 100, birthPlace: 60, address: 200, dusun: 60, recruiterName: 200 } as const;

export type ValidationContext = { reference: ReferenceLookup; today: Date };

export function validateRow(cells: RowCells, ctx: ValidationContext): { record: ImportRecord; errors: [] } | { record: null; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (field: ImportField, reason: RowReason, value: string, params?: RowError["params"]) => {
    errors.push(params ? { field, reason, value, params } : { field, reason, value });
    return null;
  };
  const text = (field: ImportField) => cellText(cells[field] ?? null);

  const freeText = (field: keyof typeof TEXT_LIMITS, required: boolean): string | null => {
    const value = text(field).replace(/\s+/g, " ");
    if (value === "") return required ? fail(field, "required", "") : null;
    const problem = checkText(value, TEXT_LIMITS[field]);
    return problem ? fail(field, problem, value, problem === "tooLong" ? { max: TEXT_LIMITS[field] } : undefined) : value;
  };

  const choice = <T>(field: ImportField, parse: (s: string) => T | null, reason: RowReason, required = false): T | null => {
    const value = text(field);
    if (value === "") return required ? fail(field, "required", "") : null;
    return parse(value) ?? fail(field, reason, value);
  };

  const date = (field: ImportField, required: boolean): Date | null => {
    const raw = cells[field] ?? null;
    const value = text(field);
    if (value === "") return required ? fail(field, "required", "") : null;
    return parseDateCell(typeof raw === "string" ? raw.trim() : raw) ?? fail(field, "invalidDate", value);
  };

  const name = freeText("name", true);
  const sex = choice("sex", parseSex, "invalidSex", true);
  const birthPlace = freeText("birthPlace", true);
  let birthDate = date("birthDate", true);
  if (birthDate && birthDate.getTime() > ctx.today.getTime()) birthDate = fail("birthDate", "birthDateFuture", isoDay(birthDate));
  else if (birthDate && birthDate.getUTCFullYear() < 1900) birthDate = fail("birthDate", "birthDateTooOld", isoDay(birthDate));

  // NIK: its own format first; the date and sex parts only when birth date and sex are readable.
  const nikCell = identifierFromCell(cells.nik ?? null);
  let nik: string | null = null;
  if (nikCell.text === "") fail("nik", "required", "");
  else if (nikCell.problem) fail("nik", nikCell.problem === "scientific" ? "identifierScientific" : "identifierRounded", nikCell.text);
  else {
    const problem = birthDate && sex ? checkNik(nikCell.text, birthDate, sex) : checkNikFormat(nikCell.text);
    if (problem) fail("nik", problem, nikCell.text);
    else nik = nikCell.text;
  }

  const address = freeText("address", false);
  const dusun = freeText("dusun", false);
  const rt = choice("rt", normaliseRtRw, "invalidRtRw");
  const rw = choice("rw", normaliseRtRw, "invalidRtRw");
  const phone = choice("phone", normalisePhone, "invalidPhone");
  const education = choice("education", parseEducation, "invalidEducation");
  const maritalStatus = choice("maritalStatus", parseMaritalStatus, "invalidMaritalStatus");
  const relationToHead = choice("relationToHead", parseRelation, "invalidRelation");

  const kkCell = identifierFromCell(cells.kkNumber ?? null);
  let kkNumber: string | null = null;
  if (kkCell.text !== "") {
    if (kkCell.problem) fail("kkNumber", kkCell.problem === "scientific" ? "identifierScientific" : "identifierRounded", kkCell.text);
    else {
      const problem = checkKkNumber(kkCell.text);
      if (problem) fail("kkNumber", problem, kkCell.text);
      else kkNumber = kkCell.text;
    }
  }

  // As on the person form: a member of a household has a relation to its head.
  if (kkNumber && relationToHead === null && text("relationToHead") === "") fail("relationToHead", "relationRequired", "");

  // The current placement: all four cells empty means none; a country needs a job and the other way round.
  const countryText = text("countryCode");
  const jobText = text("jobCode");
  const recruiterName = freeText("recruiterName", false);
  let departureDate = date("departureDate", false);
  const anyPlacement = countryText !== "" || jobText !== "" || recruiterName !== null || text("departureDate") !== "";
  let countryCode: string | null = null;
  let jobCode: string | null = null;
  if (anyPlacement) {
    if (countryText === "") fail("countryCode", "placementIncomplete", "");
    else countryCode = ctx.reference.country(countryText) ?? fail("countryCode", "unknownCountry", countryText);
    if (jobText === "") fail("jobCode", "placementIncomplete", "");
    else jobCode = ctx.reference.job(jobText) ?? fail("jobCode", "unknownJob", jobText);
    if (departureDate) {
      const year = departureDate.getUTCFullYear();
      const latest = ctx.today.getUTCFullYear() + 2;
      if (year < 1950 || year > latest) departureDate = fail("departureDate", "departureDateRange", isoDay(departureDate), { latest });
    }
  }

  if (errors.length > 0) return { record: null, errors };
  const record: ImportRecord = {
    nik: nik!,
    name: name!,
    sex: sex!,
    birthPlace: birthPlace!,
    birthDate: isoDay(birthDate!),
    address,
    dusun,
    rt,
    rw,
    phone,
    education,
    maritalStatus,
    kkNumber,
    relationToHead,
    countryCode,
    jobCode,
    recruiterName,
    departureDate: departureDate ? isoDay(departureDate) : null,
  };
  return { record, errors: [] };
}
