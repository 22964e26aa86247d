/** A data function's refusal tied to one form field (e.g. "this e-mail is taken"), or to the
 * whole form when `field` is "_form". `messageKey` is a key of the `common.errors` catalog, or
 * "feature:key" for `<feature>.errors.key` (lib/actions/translate-issues.ts). `data` goes back
 * to the form as FormState.data (e.g. which record already holds a NIK). */
export class FieldError extends Error {
  constructor(
    public readonly field: string,
    public readonly messageKey: string,
    public readonly data?: unknown,
  ) {
    super(`${field}: ${messageKey}`);
    this.name = "FieldError";
  }
}
