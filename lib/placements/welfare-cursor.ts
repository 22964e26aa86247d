// Keyset cursor of the welfare list: the last row's reference moment (last contact, or
// departure when never contacted; null when neither is known) and its placement id, as an
// opaque URL-safe string. A cursor that does not decode means "first page".
export type WelfareCursor = { at: Date | null; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeWelfareCursor(cursor: WelfareCursor): string {
  return Buffer.from(JSON.stringify([cursor.at ? cursor.at.toISOString() : null, cursor.id]), "utf8").toString("base64url");
}

export function decodeWelfareCursor(raw: string | null | undefined): WelfareCursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2 || typeof value[1] !== "string" || !UUID.test(value[1])) return null;
    if (value[0] === null) return { at: null, id: value[1] };
    if (typeof value[0] !== "string") return null;
    const at = new Date(value[0]);
    return Number.isNaN(at.getTime()) ? null : { at, id: value[1] };
  } catch {
    return null; // a hand-edited or truncated cursor
  }
}
