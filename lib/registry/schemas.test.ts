import { describe, expect, it } from "vitest";
import { makeNik } from "./nik";
import { householdSchema, parseDay, personSchema, requestTransferSchema, todayWib, updatePersonSchema } from "./schemas";

const BIRTH = new Date(Date.UTC(1995, 4, 17));
const NIK_F = makeNik("360413", BIRTH, "FEMALE", 1); // 3604135705950001
const valid = { nik: NIK_F, name: "Siti Aminah", sex: "FEMALE", birthPlace: "Serang", birthDate: "1995-05-17" };

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("personSchema", () => {
  it("accepts a valid person and normalises the optional fields", () => {
    const out = personSchema.parse({ ...valid, rt: "3", rw: "12", phone: "0812-3456 7890", passportNumber: "c1234567", education: "", address: "  " });
    expect(out).toMatchObject({ nik: NIK_F, birthDate: BIRTH, rt: "003", rw: "012", phone: "081234567890", passportNumber: "C1234567", education: null, address: null, householdId: null });
  });

  it("drops spaces, dots and dashes typed inside a NIK", () => {
    expect(personSchema.parse({ ...valid, nik: `${NIK_F.slice(0, 6)} ${NIK_F.slice(6, 12)}-${NIK_F.slice(12)}` }).nik).toBe(NIK_F);
  });

  it.each([
    ["15 digits", NIK_F.slice(0, 15), "registry:nikLength"],
    ["17 digits", `${NIK_F}1`, "registry:nikLength"],
    ["letters", `36041357059500A1`, "registry:nikDigits"],
    ["a date part that is no date", "3604133213950001", "registry:nikDate"],
    ["serial 0000", "3604135705950000", "registry:nikSerial"],
    ["another birth date", makeNik("360413", new Date(Date.UTC(1995, 4, 18)), "FEMALE", 1), "registry:nikBirthDateMismatch"],
    ["the other sex (day without +40)", makeNik("360413", BIRTH, "MALE", 1), "registry:nikSexMismatch"],
  ])("refuses a NIK with %s", (_label, nik, message) => {
    expect(messages(personSchema.safeParse({ ...valid, nik })).nik).toBe(message);
  });

  it("accepts a NIK first issued in another kecamatan", () => {
    expect(personSchema.safeParse({ ...valid, nik: makeNik("320101", BIRTH, "FEMALE", 42) }).success).toBe(true);
  });

  it("checks the date of birth: a real date, not in the future, not before 1900", () => {
    expect(messages(personSchema.safeParse({ ...valid, birthDate: "1995-02-30" })).birthDate).toBe("invalidDate");
    expect(messages(personSchema.safeParse({ ...valid, birthDate: "17/05/1995" })).birthDate).toBe("invalidDate");
    expect(messages(personSchema.safeParse({ ...valid, birthDate: "1899-12-31" })).birthDate).toBe("registry:birthDateTooEarly");
    const tomorrow = new Date(todayWib().getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(messages(personSchema.safeParse({ ...valid, birthDate: tomorrow })).birthDate).toBe("registry:birthDateFuture");
  });

  it("gives every field its own message at once", () => {
    const m = messages(personSchema.safeParse({ nik: "123", name: "", sex: "X", birthPlace: "<b>", birthDate: "", rt: "1234", phone: "12", passportNumber: "A1", education: "PHD" }));
    expect(m).toEqual({
      nik: "registry:nikLength",
      name: "required",
      sex: "invalidChoice",
      birthPlace: "noMarkup",
      birthDate: "required",
      rt: "registry:rtRwFormat",
      phone: "registry:phoneFormat",
      passportNumber: "registry:passportFormat",
      education: "invalidChoice",
    });
  });

  it("asks for the relation to the head when a household is given", () => {
    const householdId = "0b6f0b1e-8c53-4c44-9d2a-3f3c5c0e9a11";
    expect(messages(personSchema.safeParse({ ...valid, householdId })).relationToHead).toBe("registry:relationRequired");
    expect(personSchema.safeParse({ ...valid, householdId, relationToHead: "CHILD" }).success).toBe(true);
  });

  it("parses its own output again (the action parses, then the data function)", () => {
    const once = personSchema.parse({ ...valid, rt: "3", education: "SMA" });
    expect(personSchema.parse(once)).toEqual(once);
    const update = updatePersonSchema.parse({ ...valid, id: "0b6f0b1e-8c53-4c44-9d2a-3f3c5c0e9a11", version: "2" });
    expect(updatePersonSchema.parse(update)).toEqual(update);
    expect(update).toMatchObject({ version: 2, clearHealthNotes: false });
  });
});

describe("householdSchema", () => {
  const HEAD = makeNik("360413", new Date(Date.UTC(1970, 0, 5)), "MALE", 3);
  const WIFE = makeNik("360413", new Date(Date.UTC(1975, 6, 9)), "FEMALE", 4);
  const form = (extra: Record<string, string>) => ({ kkNumber: "3604131503150007", ...extra });

  it("reads the member rows of the form, ignores empty ones and keeps each row's number", () => {
    const out = householdSchema.parse(form({ "members.0.nik": HEAD, "members.0.relation": "HEAD", "members.1.nik": "", "members.2.nik": WIFE, "members.2.relation": "SPOUSE" }));
    expect(out.members).toEqual([
      { nik: HEAD, relation: "HEAD", row: 0 },
      { nik: WIFE, relation: "SPOUSE", row: 2 },
    ]);
    expect(householdSchema.parse(out)).toEqual(out);
  });

  it("needs exactly one head, no NIK twice, and a relation for every NIK", () => {
    expect(messages(householdSchema.safeParse(form({ "members.0.nik": WIFE, "members.0.relation": "SPOUSE" }))).members).toBe("registry:headMissing");
    expect(messages(householdSchema.safeParse(form({ "members.0.nik": HEAD, "members.0.relation": "HEAD", "members.1.nik": WIFE, "members.1.relation": "HEAD" }))).members).toBe(
      "registry:headTooMany",
    );
    const m = messages(householdSchema.safeParse(form({ "members.0.nik": HEAD, "members.0.relation": "HEAD", "members.1.nik": HEAD, "members.1.relation": "CHILD", "members.2.nik": WIFE })));
    expect(m["members.1.nik"]).toBe("registry:memberDuplicate");
    expect(m["members.2.relation"]).toBe("required");
  });

  it("checks the Nomor KK", () => {
    expect(messages(householdSchema.safeParse({ kkNumber: "36041315031500" })).kkNumber).toBe("registry:kkLength");
    expect(messages(householdSchema.safeParse({ kkNumber: "36041315031500AB" })).kkNumber).toBe("registry:kkDigits");
  });
});

describe("small parts", () => {
  it("parseDay accepts only real calendar dates", () => {
    expect(parseDay("2024-02-29")).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(parseDay("2023-02-29")).toBeNull();
    expect(parseDay("2024-2-9")).toBeNull();
  });

  it("todayWib is the WIB calendar day (UTC+7)", () => {
    expect(todayWib(Date.UTC(2026, 0, 1, 16, 59))).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(todayWib(Date.UTC(2026, 0, 1, 17, 0))).toEqual(new Date(Date.UTC(2026, 0, 2)));
  });

  it("a transfer request needs a well-formed NIK and a reason", () => {
    expect(messages(requestTransferSchema.safeParse({ nik: "1", reason: "" }))).toEqual({ nik: "registry:nikLength", reason: "required" });
  });
});
