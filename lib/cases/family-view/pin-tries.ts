// How many wrong PINs the family view takes (issue 4: "wrong PINs are rate-limited").
// Counted per tracking code, so one case cannot be guessed at, and per address, so codes
// cannot be sprayed with a few PINs each. Only wrong tries count: a family checking often
// is never blocked. While a limit is reached even the right PIN is refused.
export const PIN_WINDOW_MS = 15 * 60_000;
export const MAX_WRONG_PER_CODE = 10;
export const MAX_WRONG_PER_ADDRESS = 30;

export const codeLimitKey = (trackingCode: string) => `case-pin:code:${trackingCode}`;
export const addressLimitKey = (ip: string) => `case-pin:ip:${ip}`;

/** "Coba lagi setelah sekitar N menit": whole minutes, at least 1. */
export function minutesToWait(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
