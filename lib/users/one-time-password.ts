import { randomInt } from "node:crypto";
import { checkPassword } from "@/lib/auth/password-policy";

// A password an admin reads out or passes on once; the user must change it at the first
// sign-in. Lower-case letters and digits without look-alikes (0/o, 1/l/i), in groups of four,
// so it can be typed on a phone: 16 characters from 31 ≈ 79 bits.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function candidate(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = "";
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

/** A fresh one-time password that passes the password policy (also against the user's own name and e-mail). */
export function generateOneTimePassword(userInputs: string[] = []): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const password = candidate();
    if (checkPassword(password, userInputs) === null) return password;
  }
  // Twenty random 79-bit strings all judged guessable means the policy changed; fail loudly.
  throw new Error("could not generate a one-time password that passes the password policy");
}
