import { describe, expect, it } from "vitest";
import { villageInScope, villageScope } from "./scope";

const lontar = "36.04.13.2007";
const pandeglang = "36.01.01.2001";

describe("villageScope", () => {
  it("keeps village roles to their own village", () => {
    expect(villageScope({ role: "ORGANIZER", villageCode: lontar, regionCode: null })).toEqual({ villageCode: lontar });
    expect(villageScope({ role: "VILLAGE_OFFICIAL", villageCode: lontar, regionCode: null })).toEqual({ villageCode: lontar });
  });
  it("gives BP3MI staff every village under their region code, by dotted prefix", () => {
    expect(villageScope({ role: "BP3MI_STAFF", villageCode: null, regionCode: "36.04" })).toEqual({ villageCode: { startsWith: "36.04." } });
  });
  it("matches nothing when a scoped role lacks its scope", () => {
    expect(villageScope({ role: "ORGANIZER", villageCode: null, regionCode: null })).toEqual({ villageCode: { in: [] } });
    expect(villageScope({ role: "BP3MI_STAFF", villageCode: null, regionCode: null })).toEqual({ villageCode: { in: [] } });
    expect(villageScope({ role: "NOBODY" as never, villageCode: lontar, regionCode: "36" })).toEqual({ villageCode: { in: [] } });
  });
  it("does not filter for admins", () => {
    expect(villageScope({ role: "ADMIN", villageCode: null, regionCode: null })).toEqual({});
  });
});

describe("villageInScope", () => {
  it.each([
    ["ORGANIZER", lontar, null, lontar, true],
    ["ORGANIZER", lontar, null, "36.04.13.2008", false],
    ["BP3MI_STAFF", null, "36.04", lontar, true],
    ["BP3MI_STAFF", null, "36.04", pandeglang, false],
    ["BP3MI_STAFF", null, "36.0", lontar, false],
    ["BP3MI_STAFF", null, "36", pandeglang, true],
    ["ADMIN", null, null, pandeglang, true],
  ] as const)("%s village=%s region=%s → %s: %s", (role, villageCode, regionCode, target, expected) => {
    expect(villageInScope({ role, villageCode, regionCode }, target)).toBe(expected);
  });
});
