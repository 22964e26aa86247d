// The upload form posts to a route handler, which answers with a redirect back to the case
// page (post/redirect/get, works without JavaScript). What happened travels in a cookie that
// only that case's page receives, for a minute: the section shows it. It holds no secret
// (a message key, the stored name, what was typed as description); anything unexpected in it
// is ignored.
export const ATTACHMENT_FLASH_COOKIE = "case_attachment";
export const ATTACHMENT_FLASH_MAX_AGE = 60;

export const ATTACHMENT_ERRORS = ["noFile", "empty", "tooLarge", "typeNotAllowed", "unreadable", "descriptionTooLong", "descriptionNoMarkup"] as const;
export type AttachmentError = (typeof ATTACHMENT_ERRORS)[number];

export type AttachmentFlash =
  | { caseId: string; ok: true; fileName: string }
  | { caseId: string; ok: false; error: AttachmentError; description: string };

export function encodeAttachmentFlash(flash: AttachmentFlash): string {
  return Buffer.from(JSON.stringify(flash), "utf8").toString("base64url");
}

export function decodeAttachmentFlash(raw: string | undefined, caseId: string): AttachmentFlash | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Record<string, unknown>;
    if (value.caseId !== caseId) return null;
    if (value.ok === true && typeof value.fileName === "string") return { caseId, ok: true, fileName: value.fileName.slice(0, 200) };
    if (value.ok === false && (ATTACHMENT_ERRORS as readonly unknown[]).includes(value.error)) {
      return { caseId, ok: false, error: value.error as AttachmentError, description: typeof value.description === "string" ? value.description.slice(0, 500) : "" };
    }
    return null;
  } catch {
    return null;
  }
}

/** The flash's error for a refusal key from uploadAttachment (FieldError.messageKey). */
export function attachmentErrorFor(messageKey: string): AttachmentError {
  switch (messageKey) {
    case "caseFiles:empty":
      return "empty";
    case "caseFiles:tooLarge":
      return "tooLarge";
    case "caseFiles:typeNotAllowed":
      return "typeNotAllowed";
    case "tooLong":
      return "descriptionTooLong";
    case "noMarkup":
      return "descriptionNoMarkup";
    default:
      return "unreadable";
  }
}
