import { z } from "zod";

// The password policy (length, guessability) and the match of the two new entries are
// checked by the data function, which knows the user's name and e-mail; here only
// presence and a sane upper bound, so a huge body is refused before hashing.
const secret = () => z.string("required").min(1, "required").max(1000, "tooLong");

export const changePasswordSchema = z.object({
  currentPassword: secret(),
  newPassword: secret(),
  confirmPassword: secret(),
});

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const signOutEverywhereSchema = z.object({});
