import { describe, expect, it } from "vitest";
import { detectDelimiter, stripBom } from "./detect-delimiter";

describe("detectDelimiter", () => {
  it("finds the separator of the header row", () => {
    expect(detectDelimiter("NIK,Nama,Jenis Kelamin\n1,2,3")).toBe(",");
    expect(detectDelimiter("NIK;Nama;Jenis Kelamin\r\n1;2;3")).toBe(";");
    expect(detectDelimiter("NIK\tNama\tJenis Kelamin\n")).toBe("\t");
  });

  it("ignores separators inside quotes and after a byte-order mark", () => {
    expect(detectDelimiter('\uFEFF"Nama, lengkap";"Alamat, RT";NIK\n')).toBe(";");
    expect(detectDelimiter('"a;b;c;d","e"\n')).toBe(",");
    expect(detectDelimiter('"say ""x;y""",z\n')).toBe(",");
  });

  it("looks at the first row only and falls back to a comma", () => {
    expect(detectDelimiter("Nama\na;b;c;d")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
    expect(detectDelimiter("a;b,c")).toBe(",");
  });

  it("strips a byte-order mark", () => {
    expect(stripBom("\uFEFFNIK")).toBe("NIK");
    expect(stripBom("NIK")).toBe("NIK");
  });
});
