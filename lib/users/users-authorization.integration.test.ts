import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, type Actor, type Role } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { createUser } from "./create-user";
import { getUser } from "./get-user";
import { listRegionOptions } from "./list-region-options";
import { listUsers } from "./list-users";
import { listVillages } from "./list-villages";
import { resetUserPassword } from "./reset-user-password";
import { setUserDisabled } from "./set-user-disabled";
import { updateUser } from "./update-user";

// User management is for admins only. Every data function checks it itself, so a page or
// action that forgot to would still leak nothing and change nothing.
const LONTAR = "36.04.13.2007";

describe("user data functions refuse every role but ADMIN", () => {
  let target: Awaited<ReturnType<typeof createTestUser>>;
  const actors: Partial<Record<Role, Actor>> = {};

  beforeAll(async () => {
    await resetDatabase();
    target = await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR, email: "target@uji.id" });
    actors.ORGANIZER = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    actors.VILLAGE_OFFICIAL = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    actors.BP3MI_STAFF = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
  });

  const calls: [string, (a: Actor) => Promise<unknown>][] = [
    ["listUsers", (a) => listUsers(a, { sort: "name" })],
    ["getUser", (a) => getUser(a, target.id)],
    ["listVillages", (a) => listVillages(a)],
    ["listRegionOptions", (a) => listRegionOptions(a)],
    ["createUser", (a) => createUser(a, { email: "baru@uji.id", name: "Baru", role: "ORGANIZER", villageCode: LONTAR })],
    ["updateUser", (a) => updateUser(a, { id: target.id, email: target.email, name: "Diubah", role: "ORGANIZER", villageCode: LONTAR })],
    ["setUserDisabled", (a) => setUserDisabled(a, { id: target.id, disabled: true })],
    ["resetUserPassword", (a) => resetUserPassword(a, { id: target.id })],
  ];

  for (const role of ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"] as const) {
    for (const [name, call] of calls) {
      it(`${role}: ${name} → ForbiddenError`, async () => {
        await expect(call(actors[role]!)).rejects.toBeInstanceOf(ForbiddenError);
      });
    }
  }

  it("and nothing was changed or recorded", async () => {
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({ name: target.name, disabledAt: null, sessionVersion: 0, passwordHash: target.passwordHash });
    expect(await db.user.count({ where: { email: "baru@uji.id" } })).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});
