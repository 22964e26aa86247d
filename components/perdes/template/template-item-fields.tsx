import { SelectField, TextField } from "@/components/ui/field";

export type TemplateFieldStrings = {
  label: string;
  legalBasis: string;
  legalBasisHint: string;
  article: string;
  noArticle: string;
  mandatory: string;
  active: string;
  sortOrder: string;
  sortOrderHint: string;
};

export type TemplateFieldValues = { label: string; legalBasis: string; articleId: string; mandatory: boolean; active: boolean; sortOrder: string };

/** The fields of a template item, shared by the edit and add forms (ids prefixed per form). */
export function TemplateItemFields({ prefix, values: v, errors: e, articles, strings: s, withActive }: {
  prefix: string;
  values: TemplateFieldValues;
  errors: Record<string, string>;
  articles: { value: string; label: string }[];
  strings: TemplateFieldStrings;
  withActive: boolean;
}) {
  const id = (f: string) => `${prefix}-${f}`;
  return (
    <>
      <div className="sm:col-span-2">
        <TextField id={id("label")} name="label" required maxLength={300} label={s.label} defaultValue={v.label} error={e.label} />
      </div>
      <TextField id={id("legalBasis")} name="legalBasis" maxLength={300} label={s.legalBasis} hint={s.legalBasisHint} defaultValue={v.legalBasis} error={e.legalBasis} />
      <SelectField id={id("articleId")} name="articleId" label={s.article} defaultValue={v.articleId} options={[{ value: "", label: s.noArticle }, ...articles]} error={e.articleId} />
      <TextField id={id("sortOrder")} name="sortOrder" type="number" min={0} max={100000} inputMode="numeric" label={s.sortOrder} hint={s.sortOrderHint} defaultValue={v.sortOrder} error={e.sortOrder} />
      <div className="flex flex-col gap-2 sm:pt-6">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="mandatory" defaultChecked={v.mandatory} className="mt-1 h-4 w-4" />
          <span>{s.mandatory}</span>
        </label>
        {withActive ? (
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="active" defaultChecked={v.active} className="mt-1 h-4 w-4" />
            <span>{s.active}</span>
          </label>
        ) : null}
      </div>
    </>
  );
}
