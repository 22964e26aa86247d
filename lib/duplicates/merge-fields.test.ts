import { describe, expect, it } from "vitest";
import { columnsFromDuplicate, defaultSources, identityMixed, isFieldEqual, mergedPerson, type MergeablePerson } from "./merge-fields";

const base: MergeablePerson = {
  name: "Siti Aminah",
  nik: "3604134101900001",
  sex: "FEMALE",
  birthPlace: "Serang",
  birthDate: new Date("1990-01-01T00:00:00Z"),
  address: "Kp. Lontar",
  dusun: "Dusun 1",
  rt: "001",
  rw: "002",
  phone: null,
  education: "SMP",
  maritalStatus: null,
  householdId: null,
  relationToHead: null,
  passportNumber: null,
  healthNotes: null,
};

describe("merge fields", () => {
  it("proposes the kept value, or the duplicate's when the kept one is empty", () => {
    const other = { ...base, phone: "0812", maritalStatus: "MARRIED", education: "SD" };
    const sources = defaultSources(base, other);
    expect(sources.phone).toBe("other");
    expect(sources.maritalStatus).toBe("other");
    expect(sources.education).toBe("kept");
    expect(sources.name).toBe("kept");
  });

  it("moves grouped columns together", () => {
    const other = { ...base, address: "Kp. Baru", dusun: null, rt: "003", rw: null, householdId: "h", relationToHead: "SPOUSE" };
    expect(columnsFromDuplicate(other, ["address", "household"])).toEqual({ address: "Kp. Baru", dusun: null, rt: "003", rw: null, householdId: "h", relationToHead: "SPOUSE" });
    expect(mergedPerson(base, other, ["household"])).toMatchObject({ address: "Kp. Lontar", householdId: "h", relationToHead: "SPOUSE" });
  });

  it("compares dates by value", () => {
    expect(isFieldEqual(base, { ...base, birthDate: new Date("1990-01-01T00:00:00Z") }, "birthDate")).toBe(true);
    expect(isFieldEqual(base, { ...base, rt: "009" }, "address")).toBe(false);
  });

  it("checks the NIK only when identity fields come from both records", () => {
    expect(identityMixed([])).toBe(false);
    expect(identityMixed(["nik", "birthDate", "sex", "name"])).toBe(false);
    expect(identityMixed(["nik"])).toBe(true);
    expect(identityMixed(["birthDate", "sex"])).toBe(true);
  });
});
