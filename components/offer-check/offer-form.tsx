import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { PASAL13_DOCUMENTS, RECRUITED_BY, VISA_TYPES } from "@/lib/offer-check/answers";
import type { OfferOptions } from "@/lib/offer-check/look-up-facts";
import type { OfferQueryErrors, RawQuery } from "@/lib/offer-check/parse-query";
import { CheckboxGroup, RadioGroup } from "./choice-fields";

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/**
 * The offer check as a plain GET form: it works with JavaScript off, and the result page's
 * address holds every answer, so the result can be shared and opened again.
 */
export async function OfferForm({ values, errors, options }: { values: RawQuery; errors: OfferQueryErrors; options: OfferOptions }) {
  const t = await getTranslations("offercheck");
  const e = (k: keyof OfferQueryErrors) => (errors[k] ? t(`errors.${errors[k]}`) : undefined);
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form method="get" action="/cek-tawaran/hasil" aria-label={t("form.label")} className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" noValidate={false}>
      {hasErrors ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("form.errorSummary")}
        </p>
      ) : null}
      <RadioGroup legend={t("form.recruitedBy")} name="by" required value={one(values.by)} error={e("by")} options={RECRUITED_BY.map((v) => ({ value: v, label: t(`recruitedBy.${v}`) }))} />
      <TextField label={t("form.company")} name="company" maxLength={150} defaultValue={one(values.company)} hint={t("form.companyHint")} error={e("company")} autoComplete="off" />
      <TextField label={t("form.sip2mi")} name="sip2mi" maxLength={60} defaultValue={one(values.sip2mi)} hint={t("form.sip2miHint")} error={e("sip2mi")} autoComplete="off" />
      <SelectField
        label={t("form.country")}
        name="country"
        defaultValue={one(values.country)}
        error={e("country")}
        options={[{ value: "", label: t("form.countryUnknown") }, ...options.countries.map((c) => ({ value: c.code, label: c.name }))]}
      />
      <SelectField
        label={t("form.job")}
        name="job"
        defaultValue={one(values.job)}
        error={e("job")}
        options={[{ value: "", label: t("form.jobUnknown") }, ...options.jobs.map((j) => ({ value: j.code, label: j.name }))]}
      />
      <RadioGroup legend={t("form.visa")} name="visa" required value={one(values.visa)} error={e("visa")} options={VISA_TYPES.map((v) => ({ value: v, label: t(`visa.${v}`) }))} />
      <TextField label={t("form.money")} name="money" inputMode="text" maxLength={30} defaultValue={one(values.money)} hint={t("form.moneyHint")} error={e("money")} autoComplete="off" />
      <RadioGroup
        legend={t("form.contract")}
        name="contract"
        required
        value={one(values.contract)}
        error={e("contract")}
        options={[
          { value: "yes", label: t("contract.yes") },
          { value: "no", label: t("contract.no") },
        ]}
      />
      <TextField label={t("form.age")} name="age" inputMode="numeric" pattern="[0-9]*" maxLength={3} defaultValue={one(values.age)} error={e("age")} autoComplete="off" />
      <CheckboxGroup legend={t("form.documents")} name="doc" hint={t("form.documentsHint")} values={many(values.doc)} options={PASAL13_DOCUMENTS.map((d) => ({ value: d, label: t(`documents.${d}`) }))} />
      <SelectField
        label={t("form.village")}
        name="village"
        defaultValue={one(values.village)}
        error={e("village")}
        options={[{ value: "", label: t("form.villageNone") }, ...options.villages.map((v) => ({ value: v.code, label: v.district ? `${v.name} (${v.district})` : v.name }))]}
      />
      <div>
        <Button type="submit" className="w-full sm:w-auto">
          {t("form.submit")}
        </Button>
      </div>
    </form>
  );
}
