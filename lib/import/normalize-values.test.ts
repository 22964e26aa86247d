import { describe, expect, it } from "vitest";
import { cellText, checkText, identifierFromCell, normalisePhone, normaliseRtRw, parseEducation, parseMaritalStatus, parseRelation, parseSex } from "./normalize-values";

describe("value words", () => {
  it("reads sex as L/P, words and English", () => {
    expect(["L", "l", "Laki-laki", "LAKI LAKI", "laki2", "Pria", "M", "Male"].map(parseSex)).toEqual(Array(8).fill("MALE"));
    expect(["P", "Perempuan", "WANITA", "F", "female"].map(parseSex)).toEqual(Array(5).fill("FEMALE"));
    expect(parseSex("X")).toBeNull();
    expect(parseSex("")).toBeNull();
  });

  it("reads education in school and Dukcapil wording", () => {
    expect(parseEducation("SLTA/SEDERAJAT")).toBe("SMA");
    expect(parseEducation("SMK")).toBe("SMA");
    expect(parseEducation("Tamat SD/Sederajat")).toBe("SD");
    expect(parseEducation("TIDAK/BELUM SEKOLAH")).toBe("NONE");
    expect(parseEducation("AKADEMI/DIPLOMA III/S. MUDA")).toBe("DIPLOMA");
    expect(parseEducation("DIPLOMA IV/STRATA I")).toBe("S1");
    expect(parseEducation("STRATA II")).toBe("S2_PLUS");
    expect(parseEducation("SMP")).toBe("SMP");
    expect(parseEducation("kursus")).toBeNull();
  });

  it("reads marital status and the relation to the head of household", () => {
    expect(parseMaritalStatus("Belum Kawin")).toBe("SINGLE");
    expect(parseMaritalStatus("KAWIN TERCATAT")).toBe("MARRIED");
    expect(parseMaritalStatus("Cerai Hidup")).toBe("DIVORCED");
    expect(parseMaritalStatus("cerai mati")).toBe("WIDOWED");
    expect(parseMaritalStatus("janda")).toBeNull(); // divorced or widowed: the row must say which
    expect(parseRelation("KEPALA KELUARGA")).toBe("HEAD");
    expect(parseRelation("Istri")).toBe("SPOUSE");
    expect(parseRelation("anak")).toBe("CHILD");
    expect(parseRelation("Famili Lain")).toBe("OTHER");
    expect(parseRelation("menantu")).toBe("IN_LAW");
    expect(parseRelation("tetangga")).toBeNull();
  });
});

describe("identifierFromCell", () => {
  it("keeps text digits, dropping spaces, dashes and a leading apostrophe", () => {
    expect(identifierFromCell("3604 1345 0690 0001")).toEqual({ text: "3604134506900001", problem: null });
    expect(identifierFromCell("'3604134506900001")).toEqual({ text: "3604134506900001", problem: null });
  });

  it("refuses E-notation and numbers Excel may have rounded", () => {
    expect(identifierFromCell("3.60413E+15").problem).toBe("scientific");
    expect(identifierFromCell("3,60413E+15").problem).toBe("scientific");
    expect(identifierFromCell(3604134506900000)).toEqual({ text: "3604134506900000", problem: "rounded" });
    expect(identifierFromCell(3604134506900001)).toEqual({ text: "3604134506900001", problem: null });
  });
});

describe("small fields", () => {
  it("normalises phone numbers and RT/RW", () => {
    expect(normalisePhone("0812-3456-7890")).toBe("081234567890");
    expect(normalisePhone("+62 812 3456 7890")).toBe("+6281234567890");
    expect(normalisePhone("12345")).toBeNull();
    expect(normalisePhone("0812abc")).toBeNull();
    expect(normaliseRtRw("1")).toBe("001");
    expect(normaliseRtRw("RT 02")).toBe("002");
    expect(normaliseRtRw("1234")).toBeNull();
  });

  it("turns cells into text without exponents", () => {
    expect(cellText(3604134506900001)).toBe("3604134506900001");
    expect(cellText(1.5)).toBe("1.5");
    expect(cellText(new Date(Date.UTC(1990, 5, 5)))).toBe("1990-06-05");
    expect(cellText("  Siti  ")).toBe("Siti");
    expect(cellText(null)).toBe("");
  });

  it("checks free text as the forms do", () => {
    expect(checkText("Siti Aminah", 100)).toBeNull();
    expect(checkText("x".repeat(101), 100)).toBe("tooLong");
    expect(checkText("<script>", 100)).toBe("noMarkup");
    expect(checkText("a\u0007b", 100)).toBe("controlChars");
  });
});

describe("round trip with the export", () => {
  // An exported list can be imported again: the words the export writes are read back.
  it.each(["id", "en"] as const)("reads back every value the %s export writes", async (locale) => {
    const catalog = (await import(`@/lib/i18n/messages/${locale}/import.json`)).default as { values: Record<string, Record<string, string>> };
    const v = catalog.values;
    for (const [value, word] of Object.entries(v.sex!)) expect(parseSex(word)).toBe(value);
    for (const [value, word] of Object.entries(v.education!)) expect(parseEducation(word)).toBe(value);
    for (const [value, word] of Object.entries(v.maritalStatus!)) expect(parseMaritalStatus(word)).toBe(value);
    for (const [value, word] of Object.entries(v.relationToHead!)) expect(parseRelation(word)).toBe(value);
  });
});
