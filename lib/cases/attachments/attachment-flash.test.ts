import { describe, expect, it } from "vitest";
import { attachmentErrorFor, decodeAttachmentFlash, encodeAttachmentFlash } from "./attachment-flash";

const CASE = "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f";

describe("attachment flash", () => {
  it("reads back what was written, for the same case only", () => {
    const ok = encodeAttachmentFlash({ caseId: CASE, ok: true, fileName: "surat.pdf" });
    expect(decodeAttachmentFlash(ok, CASE)).toEqual({ caseId: CASE, ok: true, fileName: "surat.pdf" });
    expect(decodeAttachmentFlash(ok, "00000000-0000-4000-8000-000000000000")).toBeNull();
    const refused = encodeAttachmentFlash({ caseId: CASE, ok: false, error: "typeNotAllowed", description: "kontrak" });
    expect(decodeAttachmentFlash(refused, CASE)).toEqual({ caseId: CASE, ok: false, error: "typeNotAllowed", description: "kontrak" });
  });

  it("ignores a cookie that is not ours or names an unknown message", () => {
    expect(decodeAttachmentFlash(undefined, CASE)).toBeNull();
    expect(decodeAttachmentFlash("%%%", CASE)).toBeNull();
    const forged = Buffer.from(JSON.stringify({ caseId: CASE, ok: false, error: "../../common.appName" })).toString("base64url");
    expect(decodeAttachmentFlash(forged, CASE)).toBeNull();
  });

  it("maps the upload's refusals to messages", () => {
    expect(attachmentErrorFor("caseFiles:typeNotAllowed")).toBe("typeNotAllowed");
    expect(attachmentErrorFor("caseFiles:tooLarge")).toBe("tooLarge");
    expect(attachmentErrorFor("tooLong")).toBe("descriptionTooLong");
    expect(attachmentErrorFor("something-else")).toBe("unreadable");
  });
});
