import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

// NIST SP 800-63B / OWASP: a minimum length, a check against guessable passwords, no
// composition or rotation rules. zxcvbn scores 0–4; below 3 is guessable within hours offline.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
const MIN_SCORE = 3;

// Words an attacker would try first against an Indonesian village portal.
const LOCAL_WORDS = [
  "lontar", "serang", "banten", "tirtayasa", "indonesia", "jakarta", "rahasia", "sayang",
  "bismillah", "merdeka", "katasandi", "kkbm", "bp3mi", "bp2mi", "desa", "pmi", "admin",
];

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, local: LOCAL_WORDS },
  graphs: common.adjacencyGraphs,
});

export type PasswordProblem = "tooShort" | "tooLong" | "tooCommon";

/** The first problem with a new password, or null when it is acceptable. */
export function checkPassword(password: string, userInputs: string[] = []): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  const inputs = userInputs
    .flatMap((s) => {
      const lower = s.toLowerCase();
      return [lower.replace(/[^a-z0-9]+/g, ""), lower.split("@")[0] ?? "", ...lower.split(/[^a-z0-9]+/)];
    })
    .filter((s) => s.length >= 3);
  return zxcvbn.check(password, inputs).score < MIN_SCORE ? "tooCommon" : null;
}
