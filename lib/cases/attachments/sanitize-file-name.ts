import { ATTACHMENT_TYPES, type AttachmentKind } from "./detect-file-type";

export const MAX_FILE_NAME_LENGTH = 200;

// Control characters, and the Unicode direction overrides that make "fdp.exe" read as
// "exe.pdf" on screen.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The first `n` UTF-16 units, without a half of a surrogate pair at the end. */
const cut = (s: string, n: number) => s.slice(0, n).replace(/[\ud800-\udbff]$/, "");

/**
 * The name an attachment is stored and offered under: no folder parts, no control or
 * direction characters, at most 200 characters, and ending with an extension of its real
 * type (a JPEG sent as "surat.pdf" becomes "surat.pdf.jpg", so it opens as what it is).
 */
export function sanitizeFileName(raw: string, kind: AttachmentKind): string {
  const type = ATTACHMENT_TYPES[kind];
  const base = raw.split(/[/\\]/).pop() ?? "";
  let name = base.normalize("NFC").replace(UNSAFE, "").replace(/\s+/g, " ").trim().replace(/^\.+/, "").trim();
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase();
  const suffix = ext && (type.extensions as readonly string[]).includes(ext) ? "" : `.${type.extensions[0]}`;
  if (!name) name = "berkas";
  const room = MAX_FILE_NAME_LENGTH - suffix.length;
  if (name.length > room) {
    // Keep the name's own extension when it is the right one: shorten the part before it.
    const own = suffix ? "" : name.slice(name.lastIndexOf("."));
    name = `${cut(name.slice(0, name.length - own.length), room - own.length).trimEnd()}${own}`;
  }
  return `${name}${suffix}`;
}
