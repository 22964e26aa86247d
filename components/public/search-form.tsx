import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** One search box as a plain GET form: works without JavaScript, the result has its own address. */
export function PublicSearchForm({ action, name = "q", label, hint, value, submit, maxLength = 100 }: { action: string; name?: string; label: string; hint?: string; value: string; submit: string; maxLength?: number }) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end">
      <div className="flex-1">
        <TextField label={label} name={name} type="search" required minLength={2} maxLength={maxLength} defaultValue={value} hint={hint} autoComplete="off" />
      </div>
      <Button type="submit" className="w-full sm:w-auto">
        {submit}
      </Button>
    </form>
  );
}
