// Keyset pagination cursors for the people list: the last row's sort key and id, as an
// opaque URL-safe string (base64url of [key, id]). The key is the name, the creation moment
// (ISO) or the search similarity, depending on the sort. A cursor that does not decode, or
// whose id is not a UUID, is treated as "first page".
export type PeopleCursor = { key: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodePeopleCursor(cursor: PeopleCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id]), "utf8").toString("base64url");
}

export function decodePeopleCursor(raw: string | undefined | null): PeopleCursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string" && UUID.test(value[1])) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // a hand-edited or truncated cursor: first page
  }
  return null;
}
