// What the family typed and what was wrong, carried from the POST back to the form
// (post/redirect/get without JavaScript) in a cookie the /kasus pages alone receive; the
// form's address carries the flash's id (lib/reports/flash.ts). Never the PIN.
export const FAMILY_FLASH_COOKIE = "kasus_flash";
export const FAMILY_FLASH_MAX_AGE = 600;

export const FAMILY_FORM_ERRORS = ["missing", "wrong", "blocked"] as const;
export type FamilyFormError = (typeof FAMILY_FORM_ERRORS)[number];

export function isFamilyFormError(value: unknown): value is FamilyFormError {
  return (FAMILY_FORM_ERRORS as readonly unknown[]).includes(value);
}
