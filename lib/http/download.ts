// A file the browser saves rather than shows: personal data, a spreadsheet or a case's
// document, so never cached and never sniffed into another type.
export const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  // Case attachments (lib/cases/attachments): photos and PDF, detected from their bytes.
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  heic: "image/heic",
} as const;

export type DownloadType = keyof typeof CONTENT_TYPES;

const PLAIN_NAME = /^[\x20-\x7e]*$/;

/**
 * The Content-Disposition header for a name. A plain ASCII name goes in quotes as it is; any
 * other (a photo named "Surat Pak Kadés.pdf", a quote in a name) gets an ASCII stand-in plus
 * the exact name in RFC 6266 / RFC 5987 form, which every current browser reads.
 */
export function contentDisposition(filename: string): string {
  const safe = filename.replace(/[\r\n]/g, "");
  if (PLAIN_NAME.test(safe) && !/["\\]/.test(safe)) return `attachment; filename="${safe}"`;
  const fallback = safe.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function downloadResponse(body: BodyInit, filename: string, type: DownloadType): Response {
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[type],
      "Content-Disposition": contentDisposition(filename),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
