import { describe, expect, it } from "vitest";
import { formatRegionPath, type RegionWords } from "./format-region-path";

const words: RegionWords = {
  desa: (n) => `Desa ${n}`,
  kelurahan: (n) => `Kelurahan ${n}`,
  kecamatan: (n) => `Kec. ${n}`,
  province: (n) => `Provinsi ${n}`,
};

describe("formatRegionPath", () => {
  it("names a desa with its kecamatan, kabupaten and province", () => {
    const path = [
      { code: "36.04.13.2007", name: "Lontar", level: 4 },
      { code: "36.04.13", name: "Tirtayasa", level: 3 },
      { code: "36.04", name: "Kabupaten Serang", level: 2 },
      { code: "36", name: "Banten", level: 1 },
    ];
    expect(formatRegionPath(path, words)).toBe("Desa Lontar, Kec. Tirtayasa, Kabupaten Serang, Provinsi Banten");
  });
  it("tells a kelurahan from a desa by its code", () => {
    expect(formatRegionPath([{ code: "36.73.01.1001", name: "Cipare", level: 4 }], words)).toBe("Kelurahan Cipare");
  });
  it("names a province alone", () => {
    expect(formatRegionPath([{ code: "36", name: "Banten", level: 1 }], words)).toBe("Provinsi Banten");
  });
});
