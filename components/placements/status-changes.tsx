import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/authz/roles";
import { toDateInput } from "@/lib/placements/dates";
import type { PlacementDetail } from "@/lib/placements/get-placement";
import { isFinal, isUnverifiedDeparture, offeredTransitions } from "@/lib/placements/transitions";
import { StatusChangeForm, type StatusChangeSpec } from "./status-change-form";

/** The status changes the role may make from here, one small form each. */
export async function StatusChanges({ placement, role }: { placement: PlacementDetail; role: Role }) {
  const t = await getTranslations("placements");
  const offered = offeredTransitions(placement.status, role);
  if (offered.length === 0) {
    return <p className="mt-1 text-sm text-slate-600">{isFinal(placement.status) ? t("transitions.none") : t("transitions.noneForRole")}</p>;
  }
  const specs: StatusChangeSpec[] = offered.map((to) => {
    const base = { to, label: t(`transitions.to.${to}`), intro: t(`transitions.intro.${to}`) };
    switch (to) {
      case "VERIFIED":
        return { ...base, note: placement.checklistComplete ? undefined : t("transitions.checklistFirst") };
      case "DEPARTED":
        return {
          ...base,
          date: { name: "departureDate", label: t("fields.departureDate"), value: toDateInput(placement.departureDate) },
          confirm: isUnverifiedDeparture(placement.status, to) ? { name: "confirmUnverified", label: t("transitions.confirmUnverified") } : undefined,
        };
      case "RETURNED":
        return { ...base, date: { name: "returnDate", label: t("fields.returnDate"), value: toDateInput(placement.returnDate) } };
      case "CANCELLED":
        return { ...base, confirm: { name: "confirm", label: t("transitions.confirmCancel") } };
      default:
        return base;
    }
  });
  return (
    <div className="mt-3 grid grid-cols-1 gap-3 md:grid-cols-2">
      {specs.map((spec) => (
        <StatusChangeForm key={spec.to} placementId={placement.id} version={placement.version} spec={spec} pending={t("transitions.pending")} />
      ))}
    </div>
  );
}
