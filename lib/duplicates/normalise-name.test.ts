import { describe, expect, it } from "vitest";
import { normaliseName } from "./normalise-name";

describe("normaliseName", () => {
  it("ignores case, accents and extra spaces", () => {
    expect(normaliseName("Siti Aminah")).toBe("siti aminah");
    expect(normaliseName("  SITI   AMINAH ")).toBe("siti aminah");
    expect(normaliseName("Sîti\tÀminah")).toBe("siti aminah");
    expect(normaliseName("Nurhayati\u00a0Binti Ahmad")).toBe("nurhayati binti ahmad");
  });

  it("keeps letters that differ", () => {
    expect(normaliseName("Aminah")).not.toBe(normaliseName("Aminnah"));
    expect(normaliseName("Siti Aminah")).not.toBe(normaliseName("SitiAminah"));
  });

  it("leaves an empty or blank name empty", () => {
    expect(normaliseName("")).toBe("");
    expect(normaliseName("   ")).toBe("");
  });
});
