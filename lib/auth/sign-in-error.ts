// How the sign-in form words what next-auth answers. lib/auth/options.ts throws
// Error("invalid") or Error("locked:<epochMs>"); next-auth hands the message back as `error`.

export type SignInFailure = { kind: "invalid" } | { kind: "locked"; until: Date } | { kind: "other" };

export function parseSignInError(error: string): SignInFailure {
  if (error === "invalid" || error === "CredentialsSignin") return { kind: "invalid" };
  const match = /^locked:(\d{1,15})$/.exec(error);
  if (match) return { kind: "locked", until: new Date(Number(match[1])) };
  return { kind: "other" };
}

// WIB is UTC+7 all year (no daylight saving), so the clock time is a fixed shift and does
// not depend on the phone's time zone or its ICU data.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "HH:MM" in WIB, e.g. 14:05. A lockout lasts at most 15 minutes, so the date is left out. */
export function formatWibClock(date: Date): string {
  const wib = new Date(date.getTime() + WIB_OFFSET_MS);
  return `${String(wib.getUTCHours()).padStart(2, "0")}:${String(wib.getUTCMinutes()).padStart(2, "0")}`;
}

/** The clock time to show for a lockout: rounded up to the next minute, so "after 14:06"
 * is never a moment when the account is still locked. */
export function lockedUntilClock(until: Date): string {
  const minute = 60 * 1000;
  return formatWibClock(new Date(Math.ceil(until.getTime() / minute) * minute));
}
