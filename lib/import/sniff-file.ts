import { isUtf8 } from "node:buffer";

// What an uploaded file really is, from its bytes; the name and the browser's MIME type are
// only what the sender claims. XLSX is a ZIP whose directory lists [Content_Types].xml and a
// workbook part; CSV is UTF-8 text (a byte-order mark is fine) without NUL bytes. Anything
// else (an .exe renamed .xlsx, an old binary .xls, a PDF, a UTF-16 text file) is refused.

export type FileKind = "xlsx" | "csv";
export type SniffResult = { kind: FileKind } | { kind: null; reason: "empty" | "legacyXls" | "notXlsx" | "notUtf8" | "binary" };

const ZIP_LOCAL = 0x04034b50;
const ZIP_END = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The entry names of a ZIP's central directory, or null when the bytes are not a readable ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== ZIP_LOCAL) return null;
  // The end-of-central-directory record is in the last 22 + up to 65,535 (comment) bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (offset + size > end) return null; // ZIP64 or damaged
  const names: string[] = [];
  const decoder = new TextDecoder();
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || view.getUint32(p, true) !== ZIP_CENTRAL) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

export function sniffFile(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { kind: null, reason: "empty" };
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return { kind: null, reason: "legacyXls" };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const names = zipEntryNames(bytes);
    const ok = names?.includes("[Content_Types].xml") && names.some((n) => n === "xl/workbook.xml" || /^xl\/workbook\d*\.xml$/.test(n));
    return ok ? { kind: "xlsx" } : { kind: null, reason: "notXlsx" };
  }
  // UTF-16 starts with FF FE or FE FF; either way NUL bytes follow ASCII letters.
  if (bytes.includes(0)) return { kind: null, reason: "binary" };
  if (!isUtf8(bytes)) return { kind: null, reason: "notUtf8" };
  return { kind: "csv" };
}
