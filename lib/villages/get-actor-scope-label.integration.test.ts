import { describe, expect, it } from "vitest";
import { actorOf } from "@/tests/factories/users";
import { getActorScopeLabel } from "./get-actor-scope-label";

// Reads only Region rows, which come from the migrations (Banten, Kabupaten Serang,
// Tirtayasa and its desa), so no users are needed in the database.
const base = { id: "00000000-0000-4000-8000-000000000001", email: "uji@lontar.id", name: "Uji", mustChangePassword: false };

describe("getActorScopeLabel", () => {
  it("names a village worker's desa and every region above it", async () => {
    const scope = await getActorScopeLabel(actorOf({ ...base, role: "ORGANIZER", villageCode: "36.04.13.2007", regionCode: null }));
    expect(scope).toEqual({
      kind: "village",
      code: "36.04.13.2007",
      path: [
        { code: "36.04.13.2007", name: "Lontar", level: 4 },
        { code: "36.04.13", name: "Tirtayasa", level: 3 },
        { code: "36.04", name: "Kabupaten Serang", level: 2 },
        { code: "36", name: "Banten", level: 1 },
      ],
    });
  });

  it("names a BP3MI officer's region", async () => {
    const scope = await getActorScopeLabel(actorOf({ ...base, role: "BP3MI_STAFF", villageCode: null, regionCode: "36" }));
    expect(scope).toEqual({ kind: "region", code: "36", path: [{ code: "36", name: "Banten", level: 1 }] });
  });

  it("says 'all' for an admin and 'none' for a village role without a village", async () => {
    expect(await getActorScopeLabel(actorOf({ ...base, role: "ADMIN", villageCode: null, regionCode: null }))).toEqual({ kind: "all" });
    expect(await getActorScopeLabel(actorOf({ ...base, role: "VILLAGE_OFFICIAL", villageCode: null, regionCode: null }))).toEqual({ kind: "none" });
  });

  it("shows the code of a region missing from the reference table instead of failing", async () => {
    const scope = await getActorScopeLabel(actorOf({ ...base, role: "ORGANIZER", villageCode: "36.04.13.9999", regionCode: null }));
    expect(scope).toMatchObject({ kind: "village", path: [{ code: "36.04.13.9999", name: "36.04.13.9999", level: 4 }, { name: "Tirtayasa" }, { name: "Kabupaten Serang" }, { name: "Banten" }] });
  });
});
