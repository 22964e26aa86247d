// The rules an attachment must pass before anything is stored (issue 4: photos and PDF,
// 10 MB at most; the database's CHECK holds the same ceiling).
import { detectFileType, type AttachmentKind } from "./detect-file-type";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_DESCRIPTION_LENGTH = 500;

export type AttachmentRefusal = "empty" | "tooLarge" | "typeNotAllowed";

/** The file's real kind, or why it is refused. */
export function checkAttachmentBytes(bytes: Uint8Array): { ok: true; kind: AttachmentKind } | { ok: false; reason: AttachmentRefusal } {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, reason: "tooLarge" };
  const kind = detectFileType(bytes);
  return kind ? { ok: true, kind } : { ok: false, reason: "typeNotAllowed" };
}
