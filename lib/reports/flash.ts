import { randomUUID } from "node:crypto";

// The public report form posts without JavaScript to a route handler, which answers with a
// redirect (post/redirect/get). What the person typed and what was wrong travel back in a
// short-lived cookie, used only by the page whose address carries the same id.
export const FLASH_COOKIE = "lapor_flash";
export const FLASH_MAX_AGE = 600;

export type Flash = { id: string; errors: Record<string, string>; values: Record<string, string>; message?: string };

export function encodeFlash(flash: Omit<Flash, "id">): { id: string; value: string } {
  const id = randomUUID().slice(0, 8);
  return { id, value: Buffer.from(JSON.stringify({ ...flash, id }), "utf8").toString("base64url") };
}

export function decodeFlash(raw: string | undefined, id: string | undefined): Flash | null {
  if (!raw || !id) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Flash;
    if (value.id !== id || typeof value.errors !== "object" || typeof value.values !== "object") return null;
    return value;
  } catch {
    return null;
  }
}
