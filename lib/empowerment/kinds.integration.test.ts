import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestGroup, ensureGroupKinds } from "@/tests/factories/groups";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { listGroups } from "./groups/list-groups";
import { createGroup } from "./groups/save-group";
import { createGroupKind, listActiveGroupKinds, listGroupKinds, renameGroupKind, setGroupKindActive } from "./kinds/group-kinds";

const LONTAR = "36.04.13.2007";

let admin: Actor;
let organizer: Actor;

describe("kinds of group and the group list's pages", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureGroupKinds(db);
    admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
  });

  it("an admin adds, renames and deactivates a kind, audited; others are forbidden", async () => {
    await createGroupKind(admin, { code: "catfish_farming", nameId: "Budidaya lele", nameEn: "Catfish farming" });
    await expect(createGroupKind(admin, { code: "CATFISH_FARMING", nameId: "Lele", nameEn: "Catfish" })).rejects.toBeInstanceOf(FieldError);
    await renameGroupKind(admin, { code: "CATFISH_FARMING", nameId: "Budidaya ikan lele", nameEn: "Catfish farming" });
    expect((await listGroupKinds()).find((k) => k.code === "CATFISH_FARMING")).toMatchObject({ nameId: "Budidaya ikan lele", active: true, groups: 0 });
    await setGroupKindActive(admin, { code: "CATFISH_FARMING", active: "false" });
    expect((await listActiveGroupKinds()).map((k) => k.code)).not.toContain("CATFISH_FARMING");
    await expect(createGroup(organizer, { name: "Lele Jaya", kindCode: "CATFISH_FARMING" })).rejects.toMatchObject({ field: "kindCode" });
    await expect(createGroupKind(organizer, { code: "X_KIND", nameId: "X", nameEn: "X" })).rejects.toBeInstanceOf(ForbiddenError);
    const audit = await db.auditLog.findMany({ where: { entity: "GroupKind" }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["group-kind.create", "group-kind.rename", "group-kind.deactivate"]);
  });

  it("pages through groups by name with a keyset cursor, searching by name", async () => {
    for (let i = 0; i < 7; i++) await createTestGroup(db, { villageCode: LONTAR, name: `Kelompok ${String.fromCharCode(65 + i)}` });
    const first = await listGroups(organizer, {}, 3);
    expect(first.rows.map((g) => g.name)).toEqual(["Kelompok A", "Kelompok B", "Kelompok C"]);
    const second = await listGroups(organizer, { cursor: first.next! }, 3);
    expect(second.rows.map((g) => g.name)).toEqual(["Kelompok D", "Kelompok E", "Kelompok F"]);
    const third = await listGroups(organizer, { cursor: second.next! }, 3);
    expect(third).toMatchObject({ rows: [expect.objectContaining({ name: "Kelompok G" })], next: null });
    expect((await listGroups(organizer, { q: "kelompok e" })).rows.map((g) => g.name)).toEqual(["Kelompok E"]);
  });
});
