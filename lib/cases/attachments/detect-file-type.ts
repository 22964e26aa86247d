// What a case attachment really is, read from its first bytes (its "magic number"), never from
// its name or the type the browser claims: a Windows program renamed to .pdf starts with "MZ"
// and matches nothing here. Only the five kinds a case needs are known (docs/decisions/020).
// Pure and dependency-free, so it runs the same in tests, on the server and in a script.

export type AttachmentType = {
  mimeType: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "application/pdf";
  /** The extensions a name of this type may end with; the first is added when none fits. */
  extensions: readonly string[];
};

export const ATTACHMENT_TYPES = {
  jpeg: { mimeType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  png: { mimeType: "image/png", extensions: ["png"] },
  webp: { mimeType: "image/webp", extensions: ["webp"] },
  heic: { mimeType: "image/heic", extensions: ["heic", "heif"] },
  pdf: { mimeType: "application/pdf", extensions: ["pdf"] },
} as const satisfies Record<string, AttachmentType>;

export type AttachmentKind = keyof typeof ATTACHMENT_TYPES;

/** The kind for a stored mimeType (the download answers with it). */
export function kindOfMimeType(mimeType: string): AttachmentKind | null {
  for (const [kind, type] of Object.entries(ATTACHMENT_TYPES)) if (type.mimeType === mimeType) return kind as AttachmentKind;
  return null;
}

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  bytes.length < from + length ? "" : String.fromCharCode(...bytes.subarray(from, from + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

// HEIF files are ISO base media files: a first box "ftyp" whose major brand, or one of whose
// compatible brands, names HEVC-coded images (what phones write). AVIF (AV1) is not taken.
const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);
const HEIF_GENERIC_BRANDS = new Set(["mif1", "msf1"]);

function isHeic(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4, 4) !== "ftyp") return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  if (boxSize < 16 || boxSize > Math.min(bytes.length, 4096) || boxSize % 4 !== 0) return false;
  const major = ascii(bytes, 8, 4);
  if (HEIC_BRANDS.has(major)) return true;
  if (!HEIF_GENERIC_BRANDS.has(major)) return false;
  for (let at = 16; at + 4 <= boxSize; at += 4) if (HEIC_BRANDS.has(ascii(bytes, at, 4))) return true;
  return false;
}

/**
 * The attachment kind of a file's bytes, or null when it is none of them. The signature must
 * stand at the very start: a PDF header further in could be a program with a PDF glued on.
 */
export function detectFileType(bytes: Uint8Array): AttachmentKind | null {
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, PNG)) return "png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") return "webp";
  if (ascii(bytes, 0, 5) === "%PDF-") return "pdf";
  if (isHeic(bytes)) return "heic";
  return null;
}
