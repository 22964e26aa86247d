import { describe, expect, it } from "vitest";
import { createUserSchema, listUsersQuerySchema, setUserDisabledSchema, updateUserSchema } from "./schemas";

const base = { email: " Siti@Lontar.ID ", name: "Siti Aminah", role: "ORGANIZER", villageCode: "36.04.13.2007", regionCode: "" };

function fieldErrors(input: unknown) {
  const r = createUserSchema.safeParse(input);
  if (r.success) return {};
  return Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("createUserSchema", () => {
  it("normalises the e-mail and keeps the village of a village role", () => {
    expect(createUserSchema.parse(base)).toEqual({
      email: "siti@lontar.id", name: "Siti Aminah", role: "ORGANIZER", villageCode: "36.04.13.2007", regionCode: null,
    });
  });

  it("requires a village for organizers and village officials", () => {
    expect(fieldErrors({ ...base, villageCode: "" })).toEqual({ villageCode: "villageRequired" });
    expect(fieldErrors({ ...base, role: "VILLAGE_OFFICIAL", villageCode: undefined })).toEqual({ villageCode: "villageRequired" });
  });

  it("requires a province or kabupaten/kota for BP3MI staff", () => {
    expect(fieldErrors({ ...base, role: "BP3MI_STAFF", villageCode: "" })).toEqual({ regionCode: "regionRequired" });
    expect(fieldErrors({ ...base, role: "BP3MI_STAFF", regionCode: "36.04.13" })).toEqual({ regionCode: "invalidFormat" });
    expect(createUserSchema.parse({ ...base, role: "BP3MI_STAFF", regionCode: "36.04" })).toMatchObject({ villageCode: null, regionCode: "36.04" });
  });

  it("drops a place that does not belong to the role", () => {
    expect(createUserSchema.parse({ ...base, role: "ADMIN", regionCode: "36" })).toMatchObject({ villageCode: null, regionCode: null });
    expect(createUserSchema.parse({ ...base, regionCode: "36" })).toMatchObject({ villageCode: "36.04.13.2007", regionCode: null });
  });

  it("refuses empty, too long, malformed and markup values", () => {
    expect(fieldErrors({ ...base, email: "", name: "" })).toMatchObject({ email: "required", name: "required" });
    expect(fieldErrors({ ...base, name: "x".repeat(101) })).toEqual({ name: "tooLong" });
    expect(fieldErrors({ ...base, email: "bukan-email" })).toEqual({ email: "invalidEmail" });
    expect(fieldErrors({ ...base, name: "<script>alert(1)</script>" })).toEqual({ name: "noMarkup" });
    expect(fieldErrors({ ...base, role: "SUPERUSER" })).toEqual({ role: "invalidChoice" });
    expect(fieldErrors({ ...base, villageCode: "36.04.13" })).toEqual({ villageCode: "invalidFormat" });
  });
});

describe("updateUserSchema", () => {
  it("needs a well-formed id", () => {
    expect(updateUserSchema.safeParse({ ...base, id: "1" }).success).toBe(false);
    expect(updateUserSchema.safeParse({ ...base, id: "6f1c1f0e-8a3b-4c1e-9d6a-2b7f4e5a9c01" }).success).toBe(true);
  });
});

describe("setUserDisabledSchema", () => {
  const id = "6f1c1f0e-8a3b-4c1e-9d6a-2b7f4e5a9c01";
  it("needs the 'I am sure' box", () => {
    expect(setUserDisabledSchema.safeParse({ id, disabled: "true" }).success).toBe(false);
    expect(setUserDisabledSchema.parse({ id, disabled: "true", confirm: "on" })).toEqual({ id, disabled: true, confirm: true });
    expect(setUserDisabledSchema.parse({ id, disabled: "false", confirm: "on" }).disabled).toBe(false);
  });
});

describe("listUsersQuerySchema", () => {
  it("ignores what does not parse", () => {
    expect(listUsersQuerySchema.parse({ q: " siti ", role: "KING", sort: "x", village: "1" })).toEqual({
      q: "siti", role: undefined, village: undefined, sort: "name", cursor: undefined,
    });
    expect(listUsersQuerySchema.parse({})).toMatchObject({ sort: "name" });
  });
});
