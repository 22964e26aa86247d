// Radio and checkbox groups for the public forms: a fieldset with its legend, big touch
// targets, the error tied to the group. Server-rendered, no JavaScript.
type Option = { value: string; label: string };
type GroupProps = { legend: string; name: string; options: Option[]; error?: string; hint?: string };

function Group({ legend, name, error, hint, children }: Omit<GroupProps, "options"> & { children: React.ReactNode }) {
  const described = [error ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={described} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

const choice = "flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900";

export function RadioGroup({ value, required, ...props }: GroupProps & { value?: string; required?: boolean }) {
  return (
    <Group {...props}>
      {props.options.map((o) => (
        <label key={o.value} className={choice}>
          <input type="radio" name={props.name} value={o.value} defaultChecked={value === o.value} required={required} className="size-5 shrink-0 accent-brand-700" />
          {o.label}
        </label>
      ))}
    </Group>
  );
}

export function CheckboxGroup({ values, ...props }: GroupProps & { values: readonly string[] }) {
  return (
    <Group {...props}>
      {props.options.map((o) => (
        <label key={o.value} className={choice}>
          <input type="checkbox" name={props.name} value={o.value} defaultChecked={values.includes(o.value)} className="size-5 shrink-0 accent-brand-700" />
          {o.label}
        </label>
      ))}
    </Group>
  );
}
