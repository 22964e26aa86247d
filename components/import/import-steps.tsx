// Where the user is in the import: upload → match columns → check → save.
export type ImportStep = "upload" | "mapping" | "preview" | "done";
const STEPS: readonly ImportStep[] = ["upload", "mapping", "preview", "done"];

export function ImportSteps({ current, strings }: { current: ImportStep; strings: Record<ImportStep, string> & { label: string } }) {
  const at = STEPS.indexOf(current);
  return (
    <nav aria-label={strings.label} className="mb-6">
      <ol className="flex flex-wrap gap-2 text-sm">
        {STEPS.map((step, i) => (
          <li
            key={step}
            aria-current={i === at ? "step" : undefined}
            className={`rounded-full border px-3 py-1 ${i === at ? "border-brand-700 bg-brand-700 font-semibold text-white" : i < at ? "border-slate-300 bg-slate-100 text-slate-800" : "border-slate-300 bg-white text-slate-700"}`}
          >
            {i + 1}. {strings[step]}
          </li>
        ))}
      </ol>
    </nav>
  );
}
