import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestCase, TEST_CASE_PIN } from "@/tests/factories/cases";
import { generateTrackingCode } from "../codes";
import { getFamilyView } from "./get-family-view";
import { openFamilyView } from "./open-family-view";
import { MAX_WRONG_PER_ADDRESS, MAX_WRONG_PER_CODE, PIN_WINDOW_MS } from "./pin-tries";

const LONTAR = "36.04.13.2007";
const T0 = Date.parse("2026-12-02T03:00:00Z");
const at = (ms: number) => new Date(T0 + ms);
const IP = "10.1.1.1";

let caseId: string;
let code: string;

describe("the family's view of a case", () => {
  beforeEach(async () => {
    await resetDatabase();
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED", reportedAt: new Date("2026-11-28T02:00:00Z"), trackingCode: "PK-AB23-CD45" });
    caseId = kase.id;
    code = kase.trackingCode;
  });

  it("opens with the right code and PIN, audited; shows the status and only the shareable entries", async () => {
    const opened = await openFamilyView({ trackingCode: code, pin: TEST_CASE_PIN }, { ip: IP, now: at(0) });
    expect(opened).toEqual({ ok: true, caseId });
    expect(await db.auditLog.findFirst({ where: { action: "case.family-view" } })).toMatchObject({ entity: "Case", entityId: caseId, villageCode: LONTAR, actorId: null, ip: IP });

    await db.caseEvent.createMany({
      data: [
        { caseId, kind: "NOTE", at: new Date("2026-11-29T03:00:00Z"), text: "Petugas sudah menghubungi agensi di Hong Kong.", shareable: true, actorName: "Dewi" },
        { caseId, kind: "NOTE", at: new Date("2026-11-29T04:00:00Z"), text: "Catatan internal: majikan pernah dilaporkan.", shareable: false, actorName: "Dewi" },
        { caseId, kind: "STATUS", at: new Date("2026-11-30T03:00:00Z"), fromStatus: "REPORTED", toStatus: "VERIFIED", text: "Data PMI sudah cocok.", shareable: true },
        { caseId, kind: "STATUS", at: new Date("2026-11-30T05:00:00Z"), fromStatus: "REPORTED", toStatus: "VERIFIED", text: "Alasan internal.", shareable: false },
        // Attachments are never shown to the family, whatever their flag says.
        { caseId, kind: "ATTACHMENT", at: new Date("2026-12-01T03:00:00Z"), text: "Foto paspor", shareable: true, data: { attachmentId: "x", fileName: "paspor.jpg", mimeType: "image/jpeg", size: 1 } },
      ],
    });
    const view = await getFamilyView(caseId);
    expect(view).toMatchObject({ trackingCode: "PK-AB23-CD45", status: "VERIFIED", reportedAt: new Date("2026-11-28T02:00:00Z") });
    expect(view!.timeline.map((e) => [e.kind, e.toStatus, e.text])).toEqual([
      ["STATUS", "VERIFIED", "Data PMI sudah cocok."],
      ["NOTE", null, "Petugas sudah menghubungi agensi di Hong Kong."],
    ]);
    const json = JSON.stringify(view);
    expect(json).not.toContain("internal");
    expect(json).not.toContain("paspor");
    expect(json).not.toContain("Siti Aminah");
    expect(json).not.toContain("Dewi");
  });

  it("takes the code as people type it", async () => {
    expect(await openFamilyView({ trackingCode: " pk ab23 cd45 ", pin: TEST_CASE_PIN }, { ip: IP, now: at(0) })).toEqual({ ok: true, caseId });
    expect(await openFamilyView({ trackingCode: "AB23CD45", pin: TEST_CASE_PIN }, { ip: IP, now: at(0) })).toEqual({ ok: true, caseId });
  });

  it("answers an unknown code exactly as a wrong PIN", async () => {
    const wrongPin = await openFamilyView({ trackingCode: code, pin: "000000" }, { ip: IP, now: at(0) });
    const unknownCode = await openFamilyView({ trackingCode: generateTrackingCode(), pin: TEST_CASE_PIN }, { ip: IP, now: at(0) });
    const malformed = await openFamilyView({ trackingCode: "hello", pin: TEST_CASE_PIN }, { ip: IP, now: at(0) });
    expect(wrongPin).toEqual({ ok: false, reason: "wrong" });
    expect(unknownCode).toEqual(wrongPin);
    expect(malformed).toEqual(wrongPin);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("after ten wrong PINs for a code, the eleventh try is refused even with the right PIN, from any address, until 15 minutes pass", async () => {
    for (let i = 0; i < MAX_WRONG_PER_CODE; i++) {
      expect(await openFamilyView({ trackingCode: code, pin: String(100000 + i) }, { ip: `10.2.0.${i}`, now: at(i * 1000) })).toEqual({ ok: false, reason: "wrong" });
    }
    const refused = await openFamilyView({ trackingCode: code, pin: TEST_CASE_PIN }, { ip: IP, now: at(10_000) });
    expect(refused).toEqual({ ok: false, reason: "blocked", retryAfterMs: PIN_WINDOW_MS - 10_000 });
    // The first wrong try leaves the window after 15 minutes; then the right PIN opens it.
    expect((await openFamilyView({ trackingCode: code, pin: TEST_CASE_PIN }, { ip: IP, now: at(PIN_WINDOW_MS - 1) })).ok).toBe(false);
    expect(await openFamilyView({ trackingCode: code, pin: TEST_CASE_PIN }, { ip: IP, now: at(PIN_WINDOW_MS + 1) })).toEqual({ ok: true, caseId });
  });

  it("right PINs do not count: a family may look as often as it likes", async () => {
    for (let i = 0; i < MAX_WRONG_PER_CODE + 5; i++) expect((await openFamilyView({ trackingCode: code, pin: TEST_CASE_PIN }, { ip: IP, now: at(i) })).ok).toBe(true);
    expect(await db.rateLimitHit.count()).toBe(0);
  });

  it("caps one address at 30 wrong tries across codes; other addresses are not affected", async () => {
    for (let i = 0; i < MAX_WRONG_PER_ADDRESS; i++) {
      expect((await openFamilyView({ trackingCode: generateTrackingCode(), pin: "123456" }, { ip: IP, now: at(i * 1000) })).ok).toBe(false);
    }
    const refused = await openFamilyView({ trackingCode: code, pin: TEST_CASE_PIN }, { ip: IP, now: at(31_000) });
    expect(refused).toMatchObject({ ok: false, reason: "blocked" });
    expect(await openFamilyView({ trackingCode: code, pin: TEST_CASE_PIN }, { ip: "10.9.9.9", now: at(31_000) })).toEqual({ ok: true, caseId });
  });

  it("counts parallel wrong tries on one code exactly", async () => {
    const results = await Promise.all(Array.from({ length: MAX_WRONG_PER_CODE + 4 }, (_, i) => openFamilyView({ trackingCode: code, pin: String(200000 + i) }, { ip: `10.3.0.${i}`, now: at(0) })));
    expect(results.filter((r) => !r.ok && r.reason === "wrong")).toHaveLength(MAX_WRONG_PER_CODE);
    expect(results.filter((r) => !r.ok && r.reason === "blocked")).toHaveLength(4);
  });

  it("has nothing for an unknown case id", async () => {
    expect(await getFamilyView("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
