// Keyset pagination cursors for the user list: the last row's sort key and id, as an opaque
// URL-safe string. A cursor that does not decode is treated as "first page".
export type UserCursor = { key: string; id: string };

export function encodeUserCursor(cursor: UserCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id]), "utf8").toString("base64url");
}

export function decodeUserCursor(raw: string | undefined | null): UserCursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string") {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through: a hand-edited or truncated cursor
  }
  return null;
}
