import { useState } from "react";
import type { FormState } from "@/lib/actions/form-state";

/**
 * A number that changes with every answer of a form's action. Used as the `key` of the
 * form's fields, so they are drawn again from their default values: the typed values after
 * a refusal, the saved ones after success (React 19 resets a form after its action).
 */
export function useFormRound(state: FormState): number {
  const [seen, setSeen] = useState<{ state: FormState; n: number }>({ state, n: 0 });
  if (seen.state !== state) setSeen({ state, n: seen.n + 1 });
  return seen.state !== state ? seen.n + 1 : seen.n;
}
