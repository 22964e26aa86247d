import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { Flash } from "@/lib/reports/flash";

const MAX: Record<string, number> = { what: 2000, recruiterName: 150, agentName: 120, phone: 30, place: 200, reporterContact: 150 };

/**
 * The public report form: plain HTML POST to /lapor/kirim, no JavaScript. Carries a signed
 * render time (`t`) and a honeypot field that people never see.
 */
export async function ReportForm({ token, villages, flash }: { token: string; villages: { value: string; label: string }[]; flash: Flash | null }) {
  const t = await getTranslations("reports.public");
  const tc = await getTranslations("common");
  const v = flash?.values ?? {};
  const e = (name: string) => {
    const key = flash?.errors[name];
    return key ? tc(`errors.${key}`, { max: MAX[name] ?? 0, min: 1 }) : undefined;
  };
  return (
    <form method="post" action="/lapor/kirim" aria-label={t("formLabel")} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      {flash?.message ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(`errors.${flash.message}`)}
        </p>
      ) : null}
      <input type="hidden" name="t" value={token} />
      <TextAreaField label={t("what")} name="what" required maxLength={2000} rows={4} defaultValue={v.what} hint={t("whatHint")} error={e("what")} />
      <TextField label={t("agentName")} name="agentName" maxLength={120} defaultValue={v.agentName} error={e("agentName")} autoComplete="off" />
      <TextField label={t("recruiterName")} name="recruiterName" maxLength={150} defaultValue={v.recruiterName} error={e("recruiterName")} autoComplete="off" />
      <TextField label={t("phone")} name="phone" type="tel" inputMode="tel" maxLength={30} defaultValue={v.phone} hint={t("phoneHint")} error={e("phone")} autoComplete="off" />
      <TextField label={t("place")} name="place" maxLength={200} defaultValue={v.place} hint={t("placeHint")} error={e("place")} autoComplete="off" />
      <SelectField label={t("village")} name="villageCode" required defaultValue={v.villageCode ?? ""} error={e("villageCode")} options={[{ value: "", label: t("chooseVillage") }, ...villages]} />
      <TextField label={t("contact")} name="reporterContact" maxLength={150} defaultValue={v.reporterContact} hint={t("contactHint")} error={e("reporterContact")} autoComplete="off" />
      {/* Honeypot: off-screen, out of the tab order; screen readers are told to leave it empty. */}
      <div className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">{t("honeypot")}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p className="text-sm text-slate-700">{t("privacy")}</p>
      <div>
        <Button type="submit" className="w-full sm:w-auto">{t("submit")}</Button>
      </div>
    </form>
  );
}
