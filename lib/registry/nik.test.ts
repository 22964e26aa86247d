import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkKkNumber, checkNik, checkNikFormat, makeNik, parseNik } from "./nik";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("checkNik", () => {
  // Siti, born 12 March 1995, female: day 12 + 40 = 52.
  const siti = "3604135203950001";
  it.each([
    ["a valid woman's NIK", siti, "1995-03-12", "FEMALE", null],
    ["a valid man's NIK", "3604131203950002", "1995-03-12", "MALE", null],
    ["a NIK issued in another kecamatan", "3201015203950001", "1995-03-12", "FEMALE", null],
    ["15 digits", "360413520395000", "1995-03-12", "FEMALE", "nikLength"],
    ["17 digits", "36041352039500011", "1995-03-12", "FEMALE", "nikLength"],
    ["letters", "36041352O3950001", "1995-03-12", "FEMALE", "nikDigits"],
    ["spaces", "3604 1352 0395 0001", "1995-03-12", "FEMALE", "nikDigits"],
    ["birth date differs", siti, "1995-03-13", "FEMALE", "nikBirthDateMismatch"],
    ["birth year differs", siti, "1985-03-12", "FEMALE", "nikBirthDateMismatch"],
    ["sex differs (woman's day, man entered)", siti, "1995-03-12", "MALE", "nikSexMismatch"],
    ["sex differs (man's day, woman entered)", "3604131203950002", "1995-03-12", "FEMALE", "nikSexMismatch"],
    ["impossible date 31 April", "3604137104950001", "1995-04-31", "FEMALE", "nikDate"],
    ["month 13", "3604131213950001", "1995-12-12", "MALE", "nikDate"],
    ["serial 0000", "3604135203950000", "1995-03-12", "FEMALE", "nikSerial"],
  ] as const)("%s", (_label, nik, birth, sex, expected) => {
    expect(checkNik(nik, d(birth), sex)).toBe(expected);
  });

  it("accepts 29 February only in a leap year of either century", () => {
    expect(checkNikFormat("3604132902000001")).toBeNull(); // 2000
    expect(checkNikFormat("3604132902010001")).toBe("nikDate"); // 1901 / 2001
  });

  it("round-trips every generated NIK (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: d("1950-01-01"), max: d("2010-12-31"), noInvalidDate: true }),
        fc.constantFrom("MALE" as const, "FEMALE" as const),
        fc.integer({ min: 1, max: 9999 }),
        (date, sex, serial) => {
          const birth = d(date.toISOString().slice(0, 10));
          const nik = makeNik("360413", birth, sex, serial);
          expect(checkNik(nik, birth, sex)).toBeNull();
          expect(parseNik(nik)!.female).toBe(sex === "FEMALE");
        },
      ),
    );
  });
});

describe("checkKkNumber", () => {
  it("needs 16 digits", () => {
    expect(checkKkNumber("3604130101090001")).toBeNull();
    expect(checkKkNumber("36041301010900")).toBe("kkLength");
    expect(checkKkNumber("36041301010900AB")).toBe("kkDigits");
  });
});
