import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./to-csv";

describe("toCsv", () => {
  it("starts with a byte-order mark and ends lines with CRLF", () => {
    const csv = toCsv(["a", "b"], [["1", "2"]]);
    expect(csv).toBe("\uFEFFa,b\r\n1,2\r\n");
    expect(toCsv(["a"], [], { bom: false })).toBe("a\r\n");
  });

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField('Desa "Lontar", Tirtayasa')).toBe('"Desa ""Lontar"", Tirtayasa"');
    expect(csvField("baris satu\nbaris dua")).toBe('"baris satu\nbaris dua"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField(" spasi ")).toBe('" spasi "');
    expect(csvField("biasa")).toBe("biasa");
  });

  it("keeps non-ASCII text as it is", () => {
    expect(toCsv(["nama"], [["Désa Ñusantara — 漢字"]], { bom: false })).toBe("nama\r\nDésa Ñusantara — 漢字\r\n");
  });

  it("writes empty cells for null and undefined, ISO for dates, digits for numbers", () => {
    expect(toCsv(["a", "b", "c", "d", "e"], [[null, undefined, new Date("2026-08-05T01:02:03Z"), 12n, 3.5]], { bom: false })).toBe(
      "a,b,c,d,e\r\n,,2026-08-05T01:02:03.000Z,12,3.5\r\n",
    );
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("+62812")).toBe("'+62812");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField("=1", { escapeFormulas: false })).toBe("=1");
    // Numbers are the program's own values, not user text: left alone.
    expect(csvField(-1)).toBe("-1");
  });
});
