import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ContactVillage } from "@/lib/offer-check/look-up-facts";

/** Whom to ask: the chosen village's office and KKBM contact, and the BP3MI office. */
export async function NextSteps({ village }: { village: ContactVillage | null }) {
  const t = await getTranslations("offercheck.next");
  const hasContacts = village && (village.officeAddress || village.officePhone || village.kkbmContactName || village.kkbmPhone);
  return (
    <section aria-labelledby="next-title" className="flex flex-col gap-3">
      <h2 id="next-title">{t("title")}</h2>
      <ol className="list-decimal space-y-1 pl-5 text-base text-slate-800">
        <li>{t("steps.noMoney")}</li>
        <li>{t("steps.ask")}</li>
        <li>
          {t("steps.report")}{" "}
          <Link prefetch={false} href="/lapor" className="underline print:hidden">
            /lapor
          </Link>
        </li>
      </ol>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="rounded-lg border border-slate-300 bg-white p-4">
          {village ? (
            <>
              <h3 className="text-base font-semibold">{t("villageTitle", { village: village.name })}</h3>
              {hasContacts ? (
                <ul className="mt-1 space-y-1 text-sm text-slate-800">
                  {village.officeAddress ? <li>{t("office", { address: village.officeAddress })}</li> : null}
                  {village.officePhone ? <li>{t("officePhone", { phone: village.officePhone })}</li> : null}
                  {village.kkbmContactName ? <li>{t("kkbm", { name: village.kkbmContactName })}</li> : null}
                  {village.kkbmPhone ? <li>{t("kkbmPhone", { phone: village.kkbmPhone })}</li> : null}
                </ul>
              ) : (
                <p className="mt-1 text-sm text-slate-800">{t("noContacts")}</p>
              )}
            </>
          ) : (
            <p className="text-sm text-slate-800">{t("noVillage")}</p>
          )}
        </div>
        <div className="rounded-lg border border-slate-300 bg-white p-4">
          <h3 className="text-base font-semibold">{t("bp3miTitle")}</h3>
          <ul className="mt-1 space-y-1 text-sm text-slate-800">
            <li>{t("bp3miAddress")}</li>
            <li>{t("bp3miHotline")}</li>
          </ul>
        </div>
      </div>
    </section>
  );
}
