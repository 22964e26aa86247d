import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, type Actor } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { ensureVillage } from "@/tests/factories/villages";
import { auditQuerySchema } from "./audit-query";
import { exportAudit } from "./export-audit";
import { listAudit } from "./list-audit";

const PANDEGLANG_VILLAGE = "36.01.01.2001"; // Sumberjaya, Kab. Pandeglang
const LONTAR = "36.04.13.2007"; // Kab. Serang
const q = (params: Record<string, string> = {}) => auditQuerySchema.parse(params);

async function entry(data: { action: string; villageCode: string | null; at: string; entity?: string; entityId?: string; actorEmail?: string }) {
  return db.auditLog.create({
    data: { entity: "Worker", entityId: "w1", actorEmail: "siti@uji.id", ...data, at: new Date(data.at), after: { name: "X" } },
  });
}

describe("listAudit", () => {
  let admin: Actor;
  let serangStaff: Actor;

  beforeAll(async () => {
    await resetDatabase();
    await ensureVillage(db, PANDEGLANG_VILLAGE);
    await ensureVillage(db, LONTAR);
    admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    serangStaff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    await entry({ action: "worker.update", villageCode: PANDEGLANG_VILLAGE, at: "2026-08-05T03:00:00Z" });
    await entry({ action: "worker.update", villageCode: LONTAR, at: "2026-08-05T04:00:00Z", entityId: "w2" });
    await entry({ action: "auth.signin", villageCode: null, at: "2026-08-05T05:00:00Z", entity: "User", actorEmail: "admin@uji.id" });
    // 23:30 WIB on 5 Aug and 00:30 WIB on 6 Aug.
    await entry({ action: "case.create", villageCode: LONTAR, at: "2026-08-05T16:30:00Z", entity: "Case", entityId: "c1" });
    await entry({ action: "case.update", villageCode: LONTAR, at: "2026-08-05T17:30:00Z", entity: "Case", entityId: "c1" });
  });

  it("BP3MI staff of Kab. Serang (36.04) see Lontar's entries, not Pandeglang's, not system entries", async () => {
    const { rows } = await listAudit(serangStaff, q());
    const villages = rows.map((r) => r.villageCode);
    expect(villages).toContain(LONTAR);
    expect(villages).not.toContain(PANDEGLANG_VILLAGE);
    expect(villages).not.toContain(null);
    expect(rows.map((r) => r.action)).toEqual(["case.update", "case.create", "worker.update"]);
  });

  it("a filter cannot widen the scope", async () => {
    const { rows } = await listAudit(serangStaff, q({ entity: "Worker", entityId: "w1" }));
    expect(rows).toHaveLength(0);
  });

  it("admins see everything, newest first", async () => {
    const { rows } = await listAudit(admin, q());
    expect(rows.map((r) => r.action)).toEqual(["case.update", "case.create", "auth.signin", "worker.update", "worker.update"]);
    expect(rows.map((r) => r.villageCode)).toContain(PANDEGLANG_VILLAGE);
  });

  it("filters by action prefix, entity and id, actor e-mail", async () => {
    expect((await listAudit(admin, q({ action: "case." }))).rows).toHaveLength(2);
    expect((await listAudit(admin, q({ action: "worker" }))).rows).toHaveLength(2);
    expect((await listAudit(admin, q({ entity: "Case", entityId: "c1" }))).rows).toHaveLength(2);
    expect((await listAudit(admin, q({ entity: "Worker", entityId: "w2" }))).rows.map((r) => r.villageCode)).toEqual([LONTAR]);
    expect((await listAudit(admin, q({ actor: "ADMIN@" }))).rows.map((r) => r.action)).toEqual(["auth.signin"]);
  });

  it("date filters are WIB calendar days", async () => {
    const fifth = await listAudit(admin, q({ from: "2026-08-05", to: "2026-08-05" }));
    expect(fifth.rows.map((r) => r.action)).not.toContain("case.update"); // 00:30 WIB on the 6th
    expect(fifth.rows.map((r) => r.action)).toContain("case.create"); // 23:30 WIB on the 5th
    const sixth = await listAudit(admin, q({ from: "2026-08-06" }));
    expect(sixth.rows.map((r) => r.action)).toEqual(["case.update"]);
    expect((await listAudit(admin, q({ to: "2026-08-04" }))).rows).toHaveLength(0);
  });

  it("pages with a (at, id) cursor without skipping or repeating", async () => {
    await entry({ action: "tie.a", villageCode: LONTAR, at: "2026-08-01T00:00:00Z" });
    await entry({ action: "tie.b", villageCode: LONTAR, at: "2026-08-01T00:00:00Z" });
    const seen: bigint[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await listAudit(admin, { ...q(), cursor }, 2);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it("village roles cannot read the audit log", async () => {
    const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    await expect(listAudit(organizer, q())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAudit(organizer, q())).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("an export is scoped like the list and is itself recorded", async () => {
    const before = await db.auditLog.count();
    const { rows, truncated } = await exportAudit(serangStaff, q({ action: "case." }), { ip: "10.1.1.1" });
    expect(truncated).toBe(false);
    expect(rows.map((r) => r.action)).toEqual(["case.update", "case.create"]);
    expect(await db.auditLog.count()).toBe(before + 1);
    const recorded = await db.auditLog.findFirstOrThrow({ where: { action: "audit.export" } });
    expect(recorded).toMatchObject({ actorId: serangStaff.id, entity: "AuditLog", villageCode: null, ip: "10.1.1.1" });
    expect(recorded.after).toMatchObject({ filters: { action: "case." }, rows: 2, truncated: false });
    // A system-level entry: the staff member cannot see their own export entry; admins can.
    expect((await listAudit(serangStaff, q({ action: "audit." }))).rows).toHaveLength(0);
    expect((await listAudit(admin, q({ action: "audit." }))).rows).toHaveLength(1);
  });
});
