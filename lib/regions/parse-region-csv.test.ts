import { describe, expect, it } from "vitest";
import {
  externalParentCodes,
  missingParentErrors,
  parentCodeOf,
  parseRegionCsv,
  regionLevel,
  REGION_NAME_MAX_LENGTH,
  type RegionCsvError,
} from "./parse-region-csv";

const HEADER = "kode,nama";
const csv = (...lines: string[]) => lines.join("\n");

describe("regionLevel / parentCodeOf", () => {
  it.each([
    ["36", 1],
    ["36.04", 2],
    ["36.04.13", 3],
    ["36.04.13.2007", 4],
    ["36.71.01.1001", 4],
    ["3", null],
    ["360", null],
    ["36.4", null],
    ["36.04.1", null],
    ["36.04.13.207", null],
    ["36.04.13.20077", null],
    ["36.04.13.2007.01", null],
    ["36.04.13.2007.", null],
    [".36", null],
    ["36..04", null],
    ["36,04", null],
    ["36.O4", null],
    ["٣٦", null], // Arabic-Indic digits are not ASCII digits
    ["", null],
  ] as const)("regionLevel(%j) = %j", (code, level) => {
    expect(regionLevel(code)).toBe(level);
  });

  it.each([
    ["36", null],
    ["36.04", "36"],
    ["36.04.13", "36.04"],
    ["36.04.13.2007", "36.04.13"],
  ] as const)("parentCodeOf(%j) = %j", (code, parent) => {
    expect(parentCodeOf(code)).toBe(parent);
  });
});

describe("parseRegionCsv: accepted input", () => {
  it("parses rows with level and parent", () => {
    const result = parseRegionCsv(csv(HEADER, "36,Banten", "36.04,Kabupaten Serang", "36.04.13,Tirtayasa", "36.04.13.2007,Lontar"));
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { code: "36", name: "Banten", level: 1, parentCode: null, line: 2 },
      { code: "36.04", name: "Kabupaten Serang", level: 2, parentCode: "36", line: 3 },
      { code: "36.04.13", name: "Tirtayasa", level: 3, parentCode: "36.04", line: 4 },
      { code: "36.04.13.2007", name: "Lontar", level: 4, parentCode: "36.04.13", line: 5 },
    ]);
  });

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("accepts %s line endings", (_label, eol) => {
    const result = parseRegionCsv(["kode,nama", "36,Banten", "36.04,Kabupaten Serang"].join(eol) + eol);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.code, r.line])).toEqual([
      ["36", 2],
      ["36.04", 3],
    ]);
  });

  it("ignores a UTF-8 byte order mark", () => {
    const result = parseRegionCsv("\uFEFFkode,nama\r\n36,Banten\r\n");
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });

  it("reads quoted names, with commas, doubled quotes and apostrophes", () => {
    const result = parseRegionCsv(
      csv(HEADER, '"36","Banten"', '36.04,"Serang, Kabupaten"', '36.04.13,"Tirta ""Yasa"""', "36.04.13.2007,Kampung Ma'ruf"),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.name)).toEqual(["Banten", "Serang, Kabupaten", 'Tirta "Yasa"', "Kampung Ma'ruf"]);
  });

  it("trims spaces around codes and names and in the header, and accepts an upper-case header", () => {
    const result = parseRegionCsv(csv(" KODE , Nama ", " 36 ,  Banten  "));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ code: "36", name: "Banten" });
  });

  it("keeps non-ASCII names", () => {
    const result = parseRegionCsv(csv(HEADER, "36,Bantén Ñ 'ā'"));
    expect(result.rows[0]?.name).toBe("Bantén Ñ 'ā'");
  });

  it("skips blank lines but keeps real line numbers", () => {
    const result = parseRegionCsv(csv("", HEADER, "", "36,Banten", "   ", "", "36.04,Kabupaten Serang", ""));
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.line)).toEqual([4, 7]);
  });

  it("accepts children listed before their parent", () => {
    const result = parseRegionCsv(csv(HEADER, "36.04,Kabupaten Serang", "36,Banten"));
    expect(result.errors).toEqual([]);
  });

  it(`accepts a name of exactly ${REGION_NAME_MAX_LENGTH} characters, counted as characters not UTF-16 units`, () => {
    const name = "é".repeat(REGION_NAME_MAX_LENGTH - 1) + "😀"; // the emoji is 2 UTF-16 units
    const result = parseRegionCsv(csv(HEADER, `36,${name}`));
    expect(result.errors).toEqual([]);
  });

  it("accepts a parent that is known from the database", () => {
    const result = parseRegionCsv(csv(HEADER, "36.04.13.2999,Desa Baru"), { knownCodes: new Set(["36.04.13"]) });
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });

  it("can leave the parent check to the caller", () => {
    const result = parseRegionCsv(csv(HEADER, "36.04.13.2999,Desa Baru", "36.04.13.2998,Desa Lain", "99.01,X"), { checkParents: false });
    expect(result.errors).toEqual([]);
    expect(externalParentCodes(result.rows)).toEqual(["36.04.13", "99"]);
    expect(missingParentErrors(result.rows, new Set(["36.04.13"]))).toEqual([{ line: 4, reason: "missing_parent", value: "99" }]);
  });

  it("returns no rows and no errors for a header alone", () => {
    expect(parseRegionCsv(HEADER)).toEqual({ rows: [], errors: [] });
    expect(parseRegionCsv(HEADER + "\r\n")).toEqual({ rows: [], errors: [] });
  });
});

describe("parseRegionCsv: errors", () => {
  const cases: Array<[string, string, RegionCsvError[]]> = [
    ["an empty file", "", [{ line: 1, reason: "empty_file", value: "" }]],
    ["blank lines only", "\n \r\n", [{ line: 1, reason: "empty_file", value: "" }]],
    ["a wrong header", csv("code,name", "36,Banten"), [{ line: 1, reason: "invalid_header", value: "code,name" }]],
    ["a header with an extra column", csv("kode,nama,jenis", "36,Banten,provinsi"), [{ line: 1, reason: "invalid_header", value: "kode,nama,jenis" }]],
    ["no header", csv("36,Banten"), [{ line: 1, reason: "invalid_header", value: "36,Banten" }]],
    ["a code with a one-digit part", csv(HEADER, "36,Banten", "36.4,Serang"), [{ line: 3, reason: "invalid_code", value: "36.4" }]],
    ["a code with letters", csv(HEADER, "3A,Banten"), [{ line: 2, reason: "invalid_code", value: "3A" }]],
    ["a code with five parts", csv(HEADER, "36.04.13.2007.01,X"), [{ line: 2, reason: "invalid_code", value: "36.04.13.2007.01" }]],
    ["a village part of 3 digits", csv(HEADER, "36,B", "36.04,S", "36.04.13,T", "36.04.13.207,L"), [{ line: 5, reason: "invalid_code", value: "36.04.13.207" }]],
    ["an empty code", csv(HEADER, ",Banten"), [{ line: 2, reason: "invalid_code", value: "" }]],
    ["an empty name", csv(HEADER, "36,"), [{ line: 2, reason: "empty_name", value: "36" }]],
    ["a blank quoted name", csv(HEADER, '36,"   "'), [{ line: 2, reason: "empty_name", value: "36" }]],
    [
      "a name over the limit",
      csv(HEADER, `36,${"a".repeat(REGION_NAME_MAX_LENGTH + 1)}`),
      [{ line: 2, reason: "name_too_long", value: "a".repeat(REGION_NAME_MAX_LENGTH + 1) }],
    ],
    ["a tab inside a name", csv(HEADER, "36,Ban\tten"), [{ line: 2, reason: "invalid_name", value: "Ban\tten" }]],
    ["a line break inside a quoted name", csv(HEADER, '36,"Ban\nten"', "36.04,Serang"), [{ line: 2, reason: "invalid_name", value: "Ban\nten" }]],
    ["one column", csv(HEADER, "36"), [{ line: 2, reason: "invalid_columns", value: "1" }]],
    ["three columns", csv(HEADER, "36,Banten,extra"), [{ line: 2, reason: "invalid_columns", value: "3" }]],
    ["an unquoted comma in a name", csv(HEADER, "36.04,Serang, Kabupaten", "36,Banten"), [{ line: 2, reason: "invalid_columns", value: "3" }]],
    ["a trailing comma", csv(HEADER, "36,Banten,"), [{ line: 2, reason: "invalid_columns", value: "3" }]],
    ["a duplicate code", csv(HEADER, "36,Banten", "36.04,Serang", "36,Banten Lagi"), [{ line: 4, reason: "duplicate_code", value: "36" }]],
    ["a duplicate after trimming", csv(HEADER, "36,Banten", " 36 ,Banten"), [{ line: 3, reason: "duplicate_code", value: "36" }]],
    ["a missing parent", csv(HEADER, "36,Banten", "36.04.13,Tirtayasa"), [{ line: 3, reason: "missing_parent", value: "36.04" }]],
    ["a missing province", csv(HEADER, "36.04,Serang"), [{ line: 2, reason: "missing_parent", value: "36" }]],
    ["an unterminated quote", csv(HEADER, "36,Banten", '36.04,"Serang', "36.04.13,Tirtayasa"), [{ line: 3, reason: "unterminated_quote", value: "Serang\n36.04.13,Tirtayasa" }]],
  ];

  it.each(cases)("reports %s", (_label, text, expected) => {
    expect(parseRegionCsv(text).errors).toEqual(expected);
  });

  it("reports every error in one pass, in line order, and keeps only valid rows", () => {
    const text = csv(
      HEADER,
      "36,Banten", // 2 ok
      "36.4,Serang", // 3 invalid_code
      "36.04,", // 4 empty_name
      "36,Banten", // 5 duplicate_code
      "36.04.13,Tirtayasa,x", // 6 invalid_columns
      "37.01,Luar", // 7 missing_parent
    );
    const result = parseRegionCsv(text);
    expect(result.errors).toEqual([
      { line: 3, reason: "invalid_code", value: "36.4" },
      { line: 4, reason: "empty_name", value: "36.04" },
      { line: 5, reason: "duplicate_code", value: "36" },
      { line: 6, reason: "invalid_columns", value: "3" },
      { line: 7, reason: "missing_parent", value: "37" },
    ]);
    expect(result.rows.map((r) => r.code)).toEqual(["36", "37.01"]);
  });

  it("reports both problems of a row with a bad code and an empty name", () => {
    expect(parseRegionCsv(csv(HEADER, "3x,")).errors).toEqual([
      { line: 2, reason: "invalid_code", value: "3x" },
      { line: 2, reason: "empty_name", value: "3x" },
    ]);
  });

  it("does not repeat a parent's error on its children", () => {
    const result = parseRegionCsv(csv(HEADER, "36,Banten", "36.04,", "36.04.13,Tirtayasa", "36.04.14,Tanara"));
    expect(result.errors).toEqual([{ line: 3, reason: "empty_name", value: "36.04" }]);
  });

  it("counts lines inside quoted fields for the rows that follow", () => {
    const result = parseRegionCsv(csv(HEADER, '36,"Ban\r\nten"', "36.x,Serang"));
    expect(result.errors).toEqual([
      { line: 2, reason: "invalid_name", value: "Ban\r\nten" },
      { line: 4, reason: "invalid_code", value: "36.x" },
    ]);
  });

  it("reports an error for a file whose rows are all invalid, and no rows", () => {
    const result = parseRegionCsv(csv(HEADER, "x,y", "z,w"));
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => e.line)).toEqual([2, 3]);
  });
});

describe("parseRegionCsv: scale", () => {
  it("parses a few thousand rows quickly and with correct parents", () => {
    const lines = [HEADER, "36,Banten", "36.04,Kabupaten Serang"];
    for (let k = 1; k <= 40; k++) {
      const kec = `36.04.${String(k).padStart(2, "0")}`;
      lines.push(`${kec},Kecamatan ${k}`);
      for (let d = 1; d <= 50; d++) lines.push(`${kec}.${2000 + d},"Desa ${k}-${d}"`);
    }
    const started = performance.now();
    const result = parseRegionCsv(lines.join("\r\n"));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(2 + 40 + 40 * 50);
    expect(result.rows.at(-1)).toMatchObject({ code: "36.04.40.2050", parentCode: "36.04.40", level: 4, line: lines.length });
  });
});
