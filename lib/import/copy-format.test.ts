import { describe, expect, it } from "vitest";
import { copyField, copyLine, STAGING_COLUMNS } from "./copy-format";

describe("COPY text format", () => {
  it("escapes what would end a field or a row, and writes NULL as \\N", () => {
    expect(copyField(null)).toBe("\\N");
    expect(copyField("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
    expect(copyField("\\N")).toBe("\\\\N"); // the text "\N" is not NULL
    expect(copyField(12)).toBe("12");
  });

  it("writes one line per record with every staging column", () => {
    const line = copyLine(7, {
      nik: "3604134506900001", name: "Siti", sex: "FEMALE", birthPlace: "Serang", birthDate: "1990-06-05", address: null, dusun: null,
      rt: "001", rw: null, phone: null, education: "SMA", maritalStatus: null, kkNumber: null, relationToHead: null, countryCode: "HK",
      jobCode: "HOUSEKEEPER", recruiterName: null, departureDate: null,
    });
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1).split("\t")).toHaveLength(STAGING_COLUMNS.length);
    expect(line.startsWith("7\t3604134506900001\tSiti\tFEMALE\tSerang\t1990-06-05\t\\N")).toBe(true);
  });
});
