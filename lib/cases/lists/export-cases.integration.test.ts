import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestCase } from "@/tests/factories/cases";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { exportCases } from "./export-cases";
import { listCases } from "./list-cases";
import { parseListCasesQuery } from "./list-cases-query";

const A = "36.04.13.2007";
const B = "36.04.13.2008";
const NOW = new Date();

describe("exportCases", () => {
  beforeEach(resetDatabase);

  it("holds the rows the list shows for the same filter, in its order, and records the copy in the audit log", async () => {
    for (let i = 0; i < 7; i++) {
      await createTestCase(db, { villageCode: i % 2 ? A : B, workerName: `Pekerja ${i}`, category: i % 3 ? "UNPAID_WAGES" : "TRAFFICKING", urgent: i === 4, reporterPhone: "081234567890" });
    }
    await createTestCase(db, { villageCode: A, workerName: "Selesai", category: "UNPAID_WAGES", status: "RESOLVED", resolvedAt: NOW, dueAt: null });
    const bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    const query = parseListCasesQuery({ category: "UNPAID_WAGES", status: ["REPORTED", "RESOLVED"] });

    const list = await listCases(bp3mi, query, { now: NOW, pageSize: 100 });
    const exported = await exportCases(bp3mi, query, { format: "csv", ip: "203.0.113.9", now: NOW });
    expect(exported.truncated).toBe(false);
    expect(exported.rows.map((r) => r.id)).toEqual(list.rows.map((r) => r.id));
    expect(exported.rows.map((r) => r.workerName)).toContain("Selesai");
    expect(exported.rows).toHaveLength(5);
    // The reporter's phone is not in the rows at all.
    expect(JSON.stringify(exported.rows)).not.toContain("081234567890");

    const audit = await db.auditLog.findMany({ where: { action: "case.export" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: bp3mi.id, entity: "Case", ip: "203.0.113.9" });
    expect(audit[0]!.after).toEqual({ filters: { category: "UNPAID_WAGES", status: ["REPORTED", "RESOLVED"] }, format: "csv", rows: 5, truncated: false });
  });

  it("keeps an organizer to their village and refuses roles without case:export", async () => {
    await createTestCase(db, { villageCode: A, workerName: "Di Lontar" });
    await createTestCase(db, { villageCode: B, workerName: "Di Susukan" });
    const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: B }));
    const { rows } = await exportCases(organizer, parseListCasesQuery({}), { format: "xlsx" });
    expect(rows.map((r) => r.workerName)).toEqual(["Di Susukan"]);
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    await expect(exportCases(admin, parseListCasesQuery({}), { format: "csv" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditLog.count({ where: { action: "case.export" } })).toBe(1);
  });
});
