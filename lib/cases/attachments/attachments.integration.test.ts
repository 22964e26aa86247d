import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestCase } from "@/tests/factories/cases";
import { SAMPLE_FILES } from "@/tests/factories/files";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { MAX_ATTACHMENT_BYTES } from "./attachment-limits";
import { downloadAttachment } from "./download-attachment";
import { listAttachments } from "./list-attachments";
import { uploadAttachment } from "./upload-attachment";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const NOW = new Date("2026-12-02T03:00:00Z");

let organizer: Actor;
let official: Actor;
let staff: Actor;
let organizerElsewhere: Actor;
let staffElsewhere: Actor;
let admin: Actor;
let caseId: string;

const pdf = (over: Partial<Parameters<typeof uploadAttachment>[1]> = {}) => ({ caseId, fileName: "surat-keterangan.pdf", bytes: SAMPLE_FILES.pdf, ...over });

async function nothingWritten() {
  expect(await db.caseAttachment.count()).toBe(0);
  expect(await db.caseEvent.count({ where: { kind: "ATTACHMENT" } })).toBe(0);
  expect(await db.auditLog.count()).toBe(0);
}

describe("case attachments", () => {
  beforeEach(async () => {
    await resetDatabase();
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR, name: "Siti Aminah" }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04", name: "Dewi Lestari" }));
    organizerElsewhere = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    staffElsewhere = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    caseId = (await createTestCase(db, { villageCode: LONTAR })).id;
  });

  it("stores a PDF with its real type, size and sha256, a timeline entry and an audit entry", async () => {
    const uploaded = await uploadAttachment(organizer, pdf({ description: " Surat dari klinik " }), { ip: "10.0.0.7", now: NOW });
    expect(uploaded).toMatchObject({ fileName: "surat-keterangan.pdf", mimeType: "application/pdf", size: SAMPLE_FILES.pdf.length });

    const row = await db.caseAttachment.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(row).toMatchObject({ caseId, mimeType: "application/pdf", size: SAMPLE_FILES.pdf.length, description: "Surat dari klinik", uploadedById: organizer.id });
    expect(row.sha256).toBe(createHash("sha256").update(SAMPLE_FILES.pdf).digest("hex"));
    expect(Buffer.from(row.content).equals(Buffer.from(SAMPLE_FILES.pdf))).toBe(true);

    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId, kind: "ATTACHMENT" } });
    expect(event).toMatchObject({ actorId: organizer.id, actorName: "Siti Aminah", text: "Surat dari klinik", shareable: false, at: NOW });
    expect(event.data).toEqual({ attachmentId: uploaded.id, fileName: "surat-keterangan.pdf", mimeType: "application/pdf", size: SAMPLE_FILES.pdf.length });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.attachment-add" } });
    expect(audit).toMatchObject({ entity: "CaseAttachment", entityId: uploaded.id, villageCode: LONTAR, actorId: organizer.id, ip: "10.0.0.7" });
    expect(audit.after).toMatchObject({ caseId, fileName: "surat-keterangan.pdf", sha256: row.sha256, size: SAMPLE_FILES.pdf.length });
  });

  it("takes each kind of photo, names it after its real type, and lists them newest first without the bytes", async () => {
    await uploadAttachment(staff, { caseId, fileName: "C:\\fakepath\\IMG_0001.HEIC", bytes: SAMPLE_FILES.heic }, { now: new Date(NOW.getTime() - 3000) });
    await uploadAttachment(organizer, { caseId, fileName: "foto.png", bytes: SAMPLE_FILES.png }, { now: new Date(NOW.getTime() - 2000) });
    await uploadAttachment(organizer, { caseId, fileName: "chat.webp", bytes: SAMPLE_FILES.webp }, { now: new Date(NOW.getTime() - 1000) });
    await uploadAttachment(organizer, { caseId, fileName: "paspor.pdf", bytes: SAMPLE_FILES.jpeg }, { now: NOW });

    const list = await listAttachments(official, caseId);
    expect(list.map((a) => [a.fileName, a.mimeType])).toEqual([
      ["paspor.pdf.jpg", "image/jpeg"],
      ["chat.webp", "image/webp"],
      ["foto.png", "image/png"],
      ["IMG_0001.HEIC", "image/heic"],
    ]);
    expect(list[3]!.uploadedByName).toBe("Dewi Lestari");
    expect(list[0]).not.toHaveProperty("content");
  });

  it("refuses a Windows program renamed to .pdf, and nothing is written", async () => {
    await expect(uploadAttachment(organizer, pdf({ fileName: "kontrak-kerja.pdf", bytes: SAMPLE_FILES.exe }))).rejects.toEqual(new FieldError("file", "caseFiles:typeNotAllowed"));
    await nothingWritten();
  });

  it("refuses an empty file and a file over 10 MB, and nothing is written; exactly 10 MB is taken", async () => {
    await expect(uploadAttachment(organizer, pdf({ bytes: new Uint8Array() }))).rejects.toEqual(new FieldError("file", "caseFiles:empty"));
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(SAMPLE_FILES.pdf);
    await expect(uploadAttachment(organizer, pdf({ bytes: big }))).rejects.toEqual(new FieldError("file", "caseFiles:tooLarge"));
    await nothingWritten();

    const exact = big.slice(0, MAX_ATTACHMENT_BYTES);
    const { id } = await uploadAttachment(organizer, pdf({ bytes: exact }));
    expect((await db.caseAttachment.findUniqueOrThrow({ where: { id }, select: { size: true } })).size).toBe(10_485_760);
  });

  it("refuses a description with markup or over 500 characters", async () => {
    await expect(uploadAttachment(organizer, pdf({ description: "<script>" }))).rejects.toEqual(new FieldError("description", "noMarkup"));
    await expect(uploadAttachment(organizer, pdf({ description: "x".repeat(501) }))).rejects.toEqual(new FieldError("description", "tooLong"));
    await nothingWritten();
  });

  it("another village's organizer and another region's staff get NotFound for upload, list and download", async () => {
    const { id } = await uploadAttachment(organizer, pdf());
    for (const outsider of [organizerElsewhere, staffElsewhere]) {
      await expect(uploadAttachment(outsider, pdf())).rejects.toBeInstanceOf(NotFoundError);
      await expect(listAttachments(outsider, caseId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(downloadAttachment(outsider, caseId, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.caseAttachment.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "case.attachment-download" } })).toBe(0);
  });

  it("an attachment is only found through its own case", async () => {
    const other = await createTestCase(db, { villageCode: SUSUKAN });
    const { id } = await uploadAttachment(organizerElsewhere, { caseId: other.id, fileName: "a.pdf", bytes: SAMPLE_FILES.pdf });
    // Staff of the region see both cases, but not case B's file under case A's id.
    await expect(downloadAttachment(staff, caseId, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(downloadAttachment(staff, caseId, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAttachments(staff, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect((await downloadAttachment(staff, other.id, id)).fileName).toBe("a.pdf");
  });

  it("a village official may not upload but may list and download; an admin may do neither", async () => {
    await expect(uploadAttachment(official, pdf())).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await uploadAttachment(organizer, pdf());
    expect(await listAttachments(official, caseId)).toHaveLength(1);
    expect((await downloadAttachment(official, caseId, id)).mimeType).toBe("application/pdf");
    await expect(listAttachments(admin, caseId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(downloadAttachment(admin, caseId, id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("every download returns the bytes and writes an audit entry", async () => {
    const { id } = await uploadAttachment(organizer, { caseId, fileName: "foto.png", bytes: SAMPLE_FILES.png });
    const first = await downloadAttachment(staff, caseId, id, { ip: "10.0.0.9" });
    expect(first).toMatchObject({ fileName: "foto.png", mimeType: "image/png" });
    expect(Buffer.from(first.content).equals(Buffer.from(SAMPLE_FILES.png))).toBe(true);
    await downloadAttachment(official, caseId, id);

    const entries = await db.auditLog.findMany({ where: { action: "case.attachment-download" }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.actorId)).toEqual([staff.id, official.id]);
    expect(entries[0]).toMatchObject({ entity: "CaseAttachment", entityId: id, villageCode: LONTAR, ip: "10.0.0.9" });
    expect(entries[0]!.after).toMatchObject({ caseId, fileName: "foto.png" });
  });
});
