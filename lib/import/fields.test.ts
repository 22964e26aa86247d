import { describe, expect, it } from "vitest";
import { checkMapping, columnLetter, guessMapping, headerKey, IMPORT_FIELDS, type ColumnMapping } from "./fields";

const none = () => Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;

describe("guessMapping", () => {
  it("recognises the Indonesian headers of a typical village list", () => {
    const headers = ["No", "NIK", "Nama Lengkap", "L/P", "Tempat Lahir", "Tgl Lahir", "Alamat", "Dusun", "RT", "RW", "No. HP", "Pendidikan Terakhir", "Status Perkawinan", "No. KK", "SHDK", "Negara Tujuan", "Jabatan", "P3MI", "Tgl Berangkat"];
    const m = guessMapping(headers);
    expect(m).toEqual({
      nik: 1, name: 2, sex: 3, birthPlace: 4, birthDate: 5, address: 6, dusun: 7, rt: 8, rw: 9, phone: 10, education: 11,
      maritalStatus: 12, kkNumber: 13, relationToHead: 14, countryCode: 15, jobCode: 16, recruiterName: 17, departureDate: 18,
    });
  });

  it("recognises English headers and other spellings", () => {
    const m = guessMapping(["Full name", "National ID", "Gender", "Place of birth", "Date of birth", "Phone number", "Destination country", "Job", "Recruiting company", "Departure date"]);
    expect(m).toMatchObject({ name: 0, nik: 1, sex: 2, birthPlace: 3, birthDate: 4, phone: 5, countryCode: 6, jobCode: 7, recruiterName: 8, departureDate: 9 });
    expect(guessMapping(["Jenis Kelamin", "Nomor Induk Kependudukan", "Nomor Kartu Keluarga", "Hubungan dalam Keluarga", "Tanggal Keberangkatan"])).toMatchObject({
      sex: 0, nik: 1, kkNumber: 2, relationToHead: 3, departureDate: 4,
    });
  });

  it("takes a header that starts with a known name when nothing matches exactly", () => {
    expect(guessMapping(["NIK (16 digit)", "Nama sesuai KTP"])).toMatchObject({ nik: 0, name: 1 });
  });

  it("prefers an exact match and uses each column once", () => {
    const m = guessMapping(["Nama Ibu", "Nama", "NIK", "NIK"]);
    expect(m.name).toBe(1);
    expect(m.nik).toBe(2);
  });

  it("leaves unknown columns and missing fields unmapped", () => {
    const m = guessMapping(["Keterangan", "", "Hobi"]);
    expect(Object.values(m).every((v) => v === null)).toBe(true);
  });

  it("ignores case, spaces and punctuation in headers", () => {
    expect(headerKey(" No. K.T.P ")).toBe("noktp");
    expect(headerKey("Tanggal Lahir (dd/mm/yyyy)")).toBe("tanggallahirddmmyyyy");
  });
});

describe("checkMapping", () => {
  it("needs NIK, name, sex, birth place and birth date", () => {
    expect(checkMapping(none(), 5).map((p) => p.field)).toEqual(["nik", "name", "sex", "birthPlace", "birthDate"]);
  });

  it("refuses one column for two fields, and a placement without country or job", () => {
    const m = { ...none(), nik: 0, name: 1, sex: 2, birthPlace: 3, birthDate: 4 };
    expect(checkMapping(m, 5)).toEqual([]);
    expect(checkMapping({ ...m, phone: 1 }, 5)).toEqual([{ field: "phone", problem: "duplicateColumn" }]);
    expect(checkMapping({ ...m, departureDate: 5 }, 6)).toEqual([
      { field: "countryCode", problem: "placementIncomplete" },
      { field: "jobCode", problem: "placementIncomplete" },
    ]);
    expect(checkMapping({ ...m, nik: 9 }, 5)).toEqual([{ field: "nik", problem: "required" }]);
    expect(checkMapping({ ...m, kkNumber: 5 }, 6)).toEqual([{ field: "relationToHead", problem: "relationWithKk" }]);
  });
});

describe("columnLetter", () => {
  it("names columns as spreadsheets do", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("round trip with the export and the template", () => {
  it.each(["id", "en"] as const)("maps the %s column headers back to every field", async (locale) => {
    const catalog = (await import(`@/lib/i18n/messages/${locale}/import.json`)).default as { columns: Record<string, string> };
    const extra = ["placementStatus", "checklistComplete", "villageCode"];
    const headers = [...IMPORT_FIELDS, ...extra].map((k) => catalog.columns[k]!);
    const m = guessMapping(headers);
    expect(m).toEqual(Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])));
  });
});
