// Keyset cursor of the duplicates list: the last pair's sort key (normalised name) and ids,
// as an opaque URL-safe string. A cursor that does not decode means "first page".
export type PairCursor = { key: string; firstId: string; secondId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodePairCursor(c: PairCursor): string {
  return Buffer.from(JSON.stringify([c.key, c.firstId, c.secondId]), "utf8").toString("base64url");
}

export function decodePairCursor(raw: string | undefined | null): PairCursor | null {
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(v) || v.length !== 3) return null;
    const [key, firstId, secondId] = v as unknown[];
    if (typeof key === "string" && typeof firstId === "string" && typeof secondId === "string" && UUID.test(firstId) && UUID.test(secondId)) {
      return { key, firstId, secondId };
    }
  } catch {
    // a hand-edited or truncated cursor
  }
  return null;
}
