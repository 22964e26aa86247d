import { describe, expect, it } from "vitest";
import { decodePeopleCursor, encodePeopleCursor } from "./cursor";
import { listPeopleParams, parseListPeopleQuery, searchKind } from "./list-people-query";

const ID = "0b6f0b1e-8c53-4c44-9d2a-3f3c5c0e9a11";

describe("people cursor", () => {
  it("round-trips the sort key and id as URL-safe text", () => {
    for (const key of ["Siti Aminah", "2026-01-02T03:04:05.678Z", "0.5833333", "Ñoño / ? & ="]) {
      const raw = encodePeopleCursor({ key, id: ID });
      expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodePeopleCursor(raw)).toEqual({ key, id: ID });
    }
  });

  it("treats anything else as the first page", () => {
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const raw of [undefined, null, "", "%%%", enc(["a"]), enc(["a", "not-a-uuid"]), enc([1, ID]), enc({ key: "a", id: ID })]) {
      expect(decodePeopleCursor(raw)).toBeNull();
    }
  });
});

describe("list query", () => {
  it("ignores values that do not parse and keeps the rest", () => {
    expect(parseListPeopleQuery({ q: "  siti ", status: "FLYING", destination: "hk", sector: "MARITIME", checklist: ["yes", "no"], sort: "oldest" })).toEqual({
      q: "siti",
      status: undefined,
      destination: undefined,
      sector: "MARITIME",
      dusun: undefined,
      recruiter: undefined,
      checklist: "yes",
      sort: "name",
      cursor: undefined,
    });
  });

  it("writes the filters back as URL parameters, without the cursor and the default sort", () => {
    const q = parseListPeopleQuery({ q: "siti", status: "DEPARTED", sort: "name", cursor: "abc" });
    expect(listPeopleParams(q).toString()).toBe("q=siti&status=DEPARTED");
    expect(listPeopleParams(parseListPeopleQuery({ sort: "newest" })).toString()).toBe("sort=newest");
  });

  it("tells a NIK/KK search from a name search", () => {
    expect(searchKind(undefined)).toBe("none");
    expect(searchKind("3604135705950001")).toBe("number");
    expect(searchKind("3604 1357 0595 0001")).toBe("number");
    expect(searchKind("360413570595000")).toBe("name");
    expect(searchKind("siti")).toBe("name");
  });
});
