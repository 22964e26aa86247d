// A file the browser saves rather than shows: personal data or a spreadsheet, so never cached
// and never sniffed into another type.
export const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export function downloadResponse(body: BodyInit, filename: string, type: keyof typeof CONTENT_TYPES): Response {
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[type],
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
