import type { FormState } from "@/lib/actions/form-state";

/** The form-level message of an action's answer, announced to screen readers. */
export function FormMessage({ state, okText }: { state: FormState; okText?: string }) {
  if (state.status === "error" && state.message) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
        {state.message}
      </p>
    );
  }
  if (state.status === "ok" && okText) {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
        {okText}
      </p>
    );
  }
  return null;
}
