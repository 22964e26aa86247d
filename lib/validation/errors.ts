/** A data function's refusal tied to one form field (e.g. "this e-mail is taken").
 * `message` is a key of the `common.errors` catalog. */
export class FieldError extends Error {
  constructor(
    public readonly field: string,
    public readonly messageKey: string,
  ) {
    super(`${field}: ${messageKey}`);
    this.name = "FieldError";
  }
}
