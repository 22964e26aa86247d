// Small files of each kind a case attachment may be, and some it may not, for tests.
// Only their first bytes matter to the type check; the rest is filler.
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(Buffer.from(p, "latin1")) : p)));

const filler = (n: number) => Array.from({ length: n }, (_, i) => (i * 31) & 0xff);

export const SAMPLE_FILES = {
  /** JFIF header, as cameras and phones write it. */
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0x00, 0x01, 0x01], filler(200), [0xff, 0xd9]),
  /** A complete 1×1 PNG. */
  png: new Uint8Array(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")),
  webp: bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ", filler(40)),
  /** An iPhone photo's first box: ftyp, major brand heic, compatible mif1 and heic. */
  heic: bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic", filler(100)),
  pdf: bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
  /** A Windows program: "MZ", then the DOS stub. */
  exe: bytes("MZ", [0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], filler(120), "This program cannot be run in DOS mode."),
  /** AVIF: an ISO media file too, but AV1, which is not taken. */
  avif: bytes([0, 0, 0, 0x1c], "ftypavif", [0, 0, 0, 0], "avifmif1miaf", filler(60)),
  gif: bytes("GIF89a", filler(40)),
  text: bytes("Ini hanya teks biasa, bukan foto.\n"),
} as const;
