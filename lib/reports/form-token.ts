import { createHmac, timingSafeEqual } from "node:crypto";

// A spam brake without a captcha: the report form carries the time it was rendered, signed
// with the server's secret. A submit sooner than MIN_MS after render (a bot), or later than
// MAX_MS (a stale page), or with a forged time is refused; the person just sends again.
export const MIN_MS = 3_000;
export const MAX_MS = 2 * 60 * 60_000;

const sign = (secret: string, ts: string) => createHmac("sha256", secret).update(`lapor:${ts}`).digest("base64url");

export function issueFormToken(secret: string, now = Date.now()): string {
  const ts = String(now);
  return `${ts}.${sign(secret, ts)}`;
}

export type TokenCheck = "ok" | "tooFast" | "expired" | "invalid";

export function checkFormToken(secret: string, token: string | null | undefined, now = Date.now()): TokenCheck {
  const [ts, sig] = (token ?? "").split(".");
  if (!ts || !sig || !/^\d{10,16}$/.test(ts)) return "invalid";
  const expected = Buffer.from(sign(secret, ts));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  const age = now - Number(ts);
  if (age < MIN_MS) return "tooFast";
  if (age > MAX_MS) return "expired";
  return "ok";
}
