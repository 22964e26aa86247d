// What a form action answers. Field messages are already translated into the user's language.
export type FormState<T = unknown> = {
  status: "idle" | "ok" | "error";
  fieldErrors?: Record<string, string>;
  /** A message for the whole form (e.g. an unexpected error, with its reference id). */
  message?: string;
  /** The submitted values, so the form can show them again after an error. */
  values?: Record<string, string>;
  data?: T;
};

export const IDLE: FormState = { status: "idle" };
