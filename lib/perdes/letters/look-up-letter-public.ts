import "server-only";
import { db } from "@/lib/db/client";
import { checkLimit, recordHit } from "@/lib/rate-limit/hit-limit";
import { normaliseLetterCode } from "../letter-number";

// The public check of a letter by its code (/surat/<code>): no sign-in, so no actor and no
// scope. It selects only what the letter shows anyone who holds it: the village, the number,
// the date and the worker's initials, never the name or NIK. Unknown codes count against the
// asker's address, so codes cannot be tried by the thousand.
export const UNKNOWN_CODE_LIMIT = { max: 30, windowMs: 15 * 60 * 1000 } as const;

export type PublicLetter =
  | { state: "valid"; villageName: string; districtName: string | null; regencyName: string | null; number: string; issuedAt: Date; workerInitials: string }
  | { state: "revoked"; villageName: string; number: string; revokedAt: Date }
  | { state: "unknown" }
  | { state: "limited"; retryAfterMinutes: number };

export async function lookUpLetterPublic(rawCode: string, meta: { ip: string; now?: Date }): Promise<PublicLetter> {
  const now = meta.now ?? new Date();
  const key = `letter-check:${meta.ip}`;
  const limit = await checkLimit(key, UNKNOWN_CODE_LIMIT.max, UNKNOWN_CODE_LIMIT.windowMs, now);
  if (!limit.allowed) return { state: "limited", retryAfterMinutes: Math.max(1, Math.ceil(limit.retryAfterMs / 60_000)) };

  const code = normaliseLetterCode(rawCode);
  const letter = code
    ? await db.villageLetter.findUnique({
        where: { shortCode: code },
        select: {
          number: true,
          issuedAt: true,
          revokedAt: true,
          workerInitials: true,
          village: { select: { region: { select: { name: true, parent: { select: { name: true, parent: { select: { name: true } } } } } } } },
        },
      })
    : null;
  if (!letter) {
    await recordHit(db, key, UNKNOWN_CODE_LIMIT.windowMs, now);
    return { state: "unknown" };
  }
  const region = letter.village.region;
  if (letter.revokedAt) return { state: "revoked", villageName: region.name, number: letter.number, revokedAt: letter.revokedAt };
  return {
    state: "valid",
    villageName: region.name,
    districtName: region.parent?.name ?? null,
    regencyName: region.parent?.parent?.name ?? null,
    number: letter.number,
    issuedAt: letter.issuedAt,
    workerInitials: letter.workerInitials,
  };
}
