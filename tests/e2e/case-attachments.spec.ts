import { test, expect, VILLAGE_A, VILLAGE_B } from "./fixtures";
import { e2eDb } from "./db";
import { createTestCase } from "../factories/cases";
import { SAMPLE_FILES } from "../factories/files";

// The attachment routes through the real server (issue 4 item 4): a multipart POST through
// the proxy, refusals by the file's bytes and size, a 10 MB file arriving whole, downloads
// saved (not shown) and audited, another village's case answering 404.
const MB10 = 10 * 1024 * 1024;

function flashOf(setCookie: string | undefined): Record<string, unknown> | null {
  const m = /case_attachment=([^;]+)/.exec(setCookie ?? "");
  return m ? (JSON.parse(Buffer.from(m[1]!, "base64url").toString("utf8")) as Record<string, unknown>) : null;
}

test("an organizer uploads a PDF, a renamed program and oversized files are refused, downloads are audited", async ({ page, signInAs }) => {
  const db = e2eDb();
  const kase = await createTestCase(db, { villageCode: VILLAGE_A });
  await signInAs("ORGANIZER", { villageCode: VILLAGE_A });
  const post = (name: string, buffer: Buffer, mimeType = "application/pdf") =>
    page.request.post(`/cases/${kase.id}/attachments`, { multipart: { file: { name, mimeType, buffer }, description: "Surat dari klinik" }, maxRedirects: 0 });

  const exe = await post("kontrak.pdf", Buffer.from(SAMPLE_FILES.exe));
  expect(exe.status()).toBe(303);
  expect(exe.headers().location).toMatch(new RegExp(`/cases/${kase.id}#attachments$`));
  expect(flashOf(exe.headers()["set-cookie"])).toMatchObject({ ok: false, error: "typeNotAllowed", description: "Surat dari klinik" });

  const over = Buffer.alloc(MB10 + 100 * 1024);
  Buffer.from(SAMPLE_FILES.pdf).copy(over);
  expect(flashOf((await post("besar.pdf", over)).headers()["set-cookie"])).toMatchObject({ ok: false, error: "tooLarge" });
  expect(await db.caseAttachment.count({ where: { caseId: kase.id } })).toBe(0);

  // Exactly 10 MB passes the proxy's body limit whole.
  const exact = over.subarray(0, MB10);
  const stored = await post("tepat-10mb.pdf", exact);
  expect(flashOf(stored.headers()["set-cookie"])).toMatchObject({ ok: true, fileName: "tepat-10mb.pdf" });
  const ok = await post("Surat Kadés.pdf", Buffer.from(SAMPLE_FILES.pdf));
  expect(flashOf(ok.headers()["set-cookie"])).toMatchObject({ ok: true, fileName: "Surat Kadés.pdf" });
  const rows = await db.caseAttachment.findMany({ where: { caseId: kase.id }, select: { id: true, size: true, fileName: true }, orderBy: { uploadedAt: "asc" } });
  expect(rows.map((r) => r.size)).toEqual([MB10, SAMPLE_FILES.pdf.length]);

  const download = await page.request.get(`/cases/${kase.id}/attachments/${rows[1]!.id}`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toBe(`attachment; filename="Surat Kades.pdf"; filename*=UTF-8''Surat%20Kad%C3%A9s.pdf`);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await download.body()).equals(Buffer.from(SAMPLE_FILES.pdf))).toBe(true);
  expect(await db.auditLog.count({ where: { action: "case.attachment-download", entityId: rows[1]!.id } })).toBe(1);
});

test("another village's organizer gets 404 for upload and download; signed out goes to sign-in", async ({ page, signInAs, playwright, baseURL }) => {
  const db = e2eDb();
  const kase = await createTestCase(db, { villageCode: VILLAGE_A });
  const attachment = await db.caseAttachment.create({
    data: { caseId: kase.id, fileName: "a.pdf", mimeType: "application/pdf", size: SAMPLE_FILES.pdf.length, sha256: "0".repeat(64), content: SAMPLE_FILES.pdf },
  });
  const anonymous = await playwright.request.newContext({ baseURL });
  const signedOut = await anonymous.get(`/cases/${kase.id}/attachments/${attachment.id}`, { maxRedirects: 0 });
  // The proxy (307, once /cases is a staff path) or the route itself (303): to the sign-in page.
  expect([303, 307]).toContain(signedOut.status());
  expect(signedOut.headers().location).toContain("/sign-in");
  await anonymous.dispose();

  await signInAs("ORGANIZER", { villageCode: VILLAGE_B });
  const upload = await page.request.post(`/cases/${kase.id}/attachments`, { multipart: { file: { name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from(SAMPLE_FILES.pdf) } }, maxRedirects: 0 });
  expect(upload.status()).toBe(404);
  expect((await page.request.get(`/cases/${kase.id}/attachments/${attachment.id}`)).status()).toBe(404);
  expect(await db.caseAttachment.count({ where: { caseId: kase.id } })).toBe(1);
  expect(await db.auditLog.count({ where: { action: "case.attachment-download", entityId: attachment.id } })).toBe(0);
});
