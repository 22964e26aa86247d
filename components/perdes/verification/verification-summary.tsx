import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/authz";
import { can } from "@/lib/authz";
import { getVerificationSummary } from "@/lib/perdes/checklist/get-departure-verification";

/**
 * The placement page's pointer to the village's pre-departure verification: how far it is,
 * the valid letter if any, and the link to /registry/placements/<id>/verification. Renders
 * nothing for a role without departure-check:read.
 */
export async function VerificationSummary({ actor, placementId }: { actor: Actor; placementId: string }) {
  if (!can(actor.role, "departure-check:read")) return null;
  const summary = await getVerificationSummary(actor, placementId);
  const t = await getTranslations("verification.checks");
  return (
    <>
      <p className="mt-2 text-sm">{summary.started ? t("page.progress", summary.progress) : t("summary.notStarted")}</p>
      <p className="mt-1 text-sm">{summary.validLetter ? t("summary.letter", { number: summary.validLetter.number }) : t("summary.noLetter")}</p>
      <p className="mt-2 text-sm">
        <Link href={`/registry/placements/${placementId}/verification`} className="font-semibold">{t("summary.open")}</Link>
      </p>
    </>
  );
}
