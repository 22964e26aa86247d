import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** The monthly report download: a plain GET form, a month and a button per format. */
export async function ReportExportForm({ month, kecamatan }: { month: string; kecamatan?: string | null }) {
  const t = await getTranslations("scorecard.report");
  return (
    <form method="get" action="/perdes/scorecard/export" aria-label={t("formLabel")} className="no-print mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="mb-1 text-base">{t("title")}</h2>
      <p className="mb-3 text-sm text-slate-700">{t("description")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-48">
          <TextField label={t("month")} id="report-month" name="month" type="month" defaultValue={month} pattern="\d{4}-\d{2}" required />
        </div>
        {kecamatan ? <input type="hidden" name="kecamatan" value={kecamatan} /> : null}
        <Button type="submit" name="format" value="xlsx" variant="secondary">
          {t("xlsx")}
        </Button>
        <Button type="submit" name="format" value="pdf" variant="secondary">
          {t("pdf")}
        </Button>
      </div>
    </form>
  );
}
