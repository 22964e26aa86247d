import { describe, expect, it } from "vitest";
import { IMPORT_FIELDS, type ImportField } from "./fields";
import { makeReferenceLookup } from "./reference-lookup";
import { validateRow, type RowCells } from "./validate-row";

const reference = makeReferenceLookup(
  [
    { code: "HK", nameId: "Hong Kong", nameEn: "Hong Kong" },
    { code: "SA", nameId: "Arab Saudi", nameEn: "Saudi Arabia" },
    { code: "TW", nameId: "Taiwan", nameEn: "Taiwan" },
  ],
  [
    { code: "HOUSEKEEPER", nameId: "Pengurus rumah tangga", nameEn: "Housekeeper" },
    { code: "ELDERLY_CARER", nameId: "Pengasuh lansia", nameEn: "Elderly carer" },
  ],
);
const ctx = { reference, today: new Date(Date.UTC(2026, 10, 29)) };

// Siti, born 5 June 1990, female: day 05 + 40 = 45.
const good: RowCells = {
  nik: "3604134506900001",
  name: "  Siti   Aminah ",
  sex: "P",
  birthPlace: "Serang",
  birthDate: "05/06/1990",
  address: "Kp. Lontar No. 3",
  dusun: "Dusun II",
  rt: "1",
  rw: "02",
  phone: "0812-3456-7890",
  education: "SLTA/SEDERAJAT",
  maritalStatus: "Kawin",
  kkNumber: "3604130101200001",
  relationToHead: "Istri",
  countryCode: "Hongkong",
  jobCode: "PRT",
  recruiterName: "PT Sinar Jaya",
  departureDate: 45292, // an Excel serial: 2024-01-01
};

const problems = (cells: RowCells) => {
  const r = validateRow(cells, ctx);
  return r.errors.map((e) => `${e.field}:${e.reason}`);
};

describe("validateRow", () => {
  it("turns a good row into a record", () => {
    const r = validateRow(good, ctx);
    expect(r.errors).toEqual([]);
    expect(r.record).toEqual({
      nik: "3604134506900001", name: "Siti Aminah", sex: "FEMALE", birthPlace: "Serang", birthDate: "1990-06-05",
      address: "Kp. Lontar No. 3", dusun: "Dusun II", rt: "001", rw: "002", phone: "081234567890", education: "SMA",
      maritalStatus: "MARRIED", kkNumber: "3604130101200001", relationToHead: "SPOUSE", countryCode: "HK", jobCode: "HOUSEKEEPER",
      recruiterName: "PT Sinar Jaya", departureDate: "2024-01-01",
    });
  });

  it("needs only the five required fields", () => {
    const minimal = { nik: good.nik, name: "Siti", sex: "Perempuan", birthPlace: "Serang", birthDate: new Date(Date.UTC(1990, 5, 5)) };
    const r = validateRow(minimal, ctx);
    expect(r.errors).toEqual([]);
    expect(r.record).toMatchObject({ address: null, kkNumber: null, countryCode: null, jobCode: null, departureDate: null });
  });

  it.each<[string, RowCells, string[]]>([
    ["a 15-digit NIK", { nik: "360413450690001" }, ["nik:nikLength"]],
    ["letters in the NIK", { nik: "36041345069000AB" }, ["nik:nikDigits"]],
    ["a NIK whose date part is not the birth date", { birthDate: "06/06/1990" }, ["nik:nikBirthDateMismatch"]],
    ["a NIK that says the other sex", { sex: "L" }, ["nik:nikSexMismatch"]],
    ["a NIK in E-notation", { nik: "3.60413E+15" }, ["nik:identifierScientific"]],
    ["a NIK that Excel rounded", { nik: 3604134506900000 }, ["nik:identifierRounded"]],
    ["a missing name", { name: "   " }, ["name:required"]],
    ["markup in the name", { name: "<b>Siti</b>" }, ["name:noMarkup"]],
    ["an impossible birth date", { birthDate: "31/02/1990" }, ["birthDate:invalidDate"]],
    ["a birth date in the future", { birthDate: "05/06/2090", nik: "3604134506900001" }, ["birthDate:birthDateFuture"]],
    ["an unknown sex", { sex: "X" }, ["sex:invalidSex"]],
    ["a 15-digit KK", { kkNumber: "360413010120000" }, ["kkNumber:kkLength"]],
    ["letters in the KK", { kkNumber: "36041301012000AA" }, ["kkNumber:kkDigits"]],
    ["an unknown country", { countryCode: "Atlantis" }, ["countryCode:unknownCountry"]],
    ["an unknown job", { jobCode: "Caregiver" }, ["jobCode:unknownJob"]],
    ["a placement without a job", { jobCode: "" }, ["jobCode:placementIncomplete"]],
    ["a departure date without a country", { countryCode: null }, ["countryCode:placementIncomplete"]],
    ["a departure in 1900", { departureDate: "01/01/1900" }, ["departureDate:departureDateRange"]],
    ["a bad phone number", { phone: "12ab" }, ["phone:invalidPhone"]],
    ["a bad RT", { rt: "12345" }, ["rt:invalidRtRw"]],
    ["an unknown education", { education: "kursus" }, ["education:invalidEducation"]],
    ["an unknown marital status", { maritalStatus: "janda" }, ["maritalStatus:invalidMaritalStatus"]],
    ["an unknown relation", { relationToHead: "tetangga" }, ["relationToHead:invalidRelation"]],
    ["a KK without the relation to its head", { relationToHead: "" }, ["relationToHead:relationRequired"]],
  ])("refuses %s", (_label, change, expected) => {
    expect(problems({ ...good, ...change })).toEqual(expected);
  });

  it("lists every problem of a row, not only the first", () => {
    const empty = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, ""])) as Record<ImportField, string>;
    expect(problems(empty)).toEqual(["name:required", "sex:required", "birthPlace:required", "birthDate:required", "nik:required"]);
    expect(problems({ ...good, nik: "123", sex: "X", countryCode: "Atlantis" })).toEqual(["sex:invalidSex", "nik:nikLength", "countryCode:unknownCountry"]);
  });

  it("keeps the cell's value with the error, for the report", () => {
    const r = validateRow({ ...good, countryCode: "Atlantis" }, ctx);
    expect(r.errors).toEqual([{ field: "countryCode", reason: "unknownCountry", value: "Atlantis" }]);
    const long = validateRow({ ...good, name: "x".repeat(101) }, ctx);
    expect(long.errors[0]).toMatchObject({ field: "name", reason: "tooLong", params: { max: 100 } });
  });
});

describe("parity with the people form", () => {
  // The import does not run the form's zod schema per row (too slow for 100,000 rows); this
  // keeps the two in step: whatever the import accepts, the people form accepts too.
  it("accepts no row that personSchema would refuse", async () => {
    const { personSchema } = await import("@/lib/registry/schemas");
    const { fixtureRow } = await import("@/tests/fixtures/import/generate-import-file");
    const variants: RowCells[] = [good, { ...good, rt: "7", rw: "RT 12", phone: "+62 812 3456 7890" }, { ...good, name: "x".repeat(100), address: "y".repeat(200), dusun: "z".repeat(60) }];
    for (let i = 0; i < 300; i++) {
      const row = fixtureRow(i, { rows: 300 });
      variants.push(Object.fromEntries(IMPORT_FIELDS.map((f, j) => [f, row[j] ?? null])) as RowCells);
    }
    for (const cells of variants) {
      const { record } = validateRow({ ...cells, countryCode: null, jobCode: null, recruiterName: null, departureDate: null }, ctx);
      expect(record).not.toBeNull();
      const u = <T>(v: T | null) => v ?? undefined;
      const parsed = personSchema.safeParse({
        ...record, address: u(record!.address), dusun: u(record!.dusun), rt: u(record!.rt), rw: u(record!.rw), phone: u(record!.phone),
        education: u(record!.education), maritalStatus: u(record!.maritalStatus), relationToHead: u(record!.relationToHead),
        kkNumber: undefined, countryCode: undefined, jobCode: undefined, recruiterName: undefined, departureDate: undefined,
      });
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });
});
