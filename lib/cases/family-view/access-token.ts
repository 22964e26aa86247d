import { createHmac, timingSafeEqual } from "node:crypto";

// After the right tracking code and PIN, the family's browser holds this for 15 minutes
// instead of the PIN: the case id and an expiry, signed with the server's secret, in an
// httpOnly cookie limited to /kasus. It cannot be forged or extended, and it names the case
// by its internal id, never by anything the family typed.
export const FAMILY_COOKIE = "kasus_akses";
export const FAMILY_ACCESS_MS = 15 * 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const sign = (secret: string, caseId: string, expires: string) => createHmac("sha256", secret).update(`kasus:${caseId}.${expires}`).digest("base64url");

export function issueAccessToken(secret: string, caseId: string, now = Date.now()): string {
  const expires = String(now + FAMILY_ACCESS_MS);
  return `${caseId}.${expires}.${sign(secret, caseId, expires)}`;
}

/** The case id the token was issued for, or null when it is forged, malformed or expired. */
export function readAccessToken(secret: string, token: string | null | undefined, now = Date.now()): string | null {
  const [caseId, expires, sig, extra] = (token ?? "").split(".");
  if (!caseId || !expires || !sig || extra !== undefined || !UUID.test(caseId) || !/^\d{10,16}$/.test(expires)) return null;
  const expected = Buffer.from(sign(secret, caseId, expires));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(expires) > now ? caseId : null;
}
