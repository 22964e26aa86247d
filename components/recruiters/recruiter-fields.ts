import { getTranslations } from "next-intl/server";
import { LICENCE_STATUSES, SUSPENSION_SCOPES } from "@/lib/recruiters/schemas";
import type { FieldSpec } from "./action-form";

// The registry forms' fields with their translated labels, for ActionForm (a client component
// gets its strings from the server, see docs/conventions-for-helpers.md).
const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
type Option = { value: string; label: string };

export async function recruiterFields(r?: { name: string; licenceNumber: string; address: string | null; phone: string | null; lastCheckedOn: Date }): Promise<FieldSpec[]> {
  const t = await getTranslations("recruiters.fields");
  return [
    { name: "name", label: t("name"), required: true, maxLength: 150, defaultValue: r?.name },
    { name: "licenceNumber", label: t("licenceNumber"), required: true, maxLength: 60, defaultValue: r?.licenceNumber },
    { name: "address", label: t("address"), kind: "textarea", maxLength: 300, defaultValue: r?.address ?? "" },
    { name: "phone", label: t("phone"), maxLength: 30, defaultValue: r?.phone ?? "" },
    { name: "lastCheckedOn", label: t("lastCheckedOn"), kind: "date", required: true, defaultValue: iso(r?.lastCheckedOn ?? new Date()) },
  ];
}

export async function statusFields(): Promise<FieldSpec[]> {
  const t = await getTranslations("recruiters");
  return [
    { name: "status", label: t("fields.status"), kind: "select", required: true, options: LICENCE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })) },
    { name: "suspensionScope", label: t("fields.suspensionScope"), kind: "select", options: [{ value: "", label: t("fields.chooseScope") }, ...SUSPENSION_SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }))] },
    { name: "suspendedFrom", label: t("fields.suspendedFrom"), kind: "date" },
    { name: "suspendedUntil", label: t("fields.suspendedUntil"), kind: "date" },
    { name: "decree", label: t("fields.decree"), maxLength: 200, hint: t("fields.decreeHint") },
    { name: "decreeOn", label: t("fields.decreeOn"), kind: "date" },
    { name: "note", label: t("fields.note"), kind: "textarea", maxLength: 500 },
  ];
}

export async function jobOrderFields(countries: Option[], jobs: Option[]): Promise<FieldSpec[]> {
  const t = await getTranslations("recruiters.fields");
  const choose = { value: "", label: t("choose") };
  return [
    { name: "sip2miNumber", label: t("sip2miNumber"), required: true, maxLength: 60 },
    { name: "countryCode", label: t("countryCode"), kind: "select", required: true, options: [choose, ...countries] },
    { name: "jobCode", label: t("jobCode"), kind: "select", required: true, options: [choose, ...jobs] },
    { name: "quota", label: t("quota"), kind: "number", required: true },
    { name: "validUntil", label: t("validUntil"), kind: "date", required: true },
    { name: "lastCheckedOn", label: t("lastCheckedOn"), kind: "date", required: true, defaultValue: iso(new Date()) },
  ];
}

type AgentValues = { name: string; phone: string | null; claimedRecruiterId: string | null; claimedCompanyName: string | null; villageCode: string | null; watchlisted: boolean; watchlistReason: string | null };

export async function agentFields(recruiters: Option[], villages: Option[], a?: Partial<AgentValues>): Promise<FieldSpec[]> {
  const t = await getTranslations("recruiters.agents.fields");
  return [
    { name: "name", label: t("name"), required: true, maxLength: 120, defaultValue: a?.name ?? "" },
    { name: "phone", label: t("phone"), maxLength: 30, hint: t("phoneHint"), defaultValue: a?.phone ?? "" },
    { name: "claimedRecruiterId", label: t("claimedRecruiterId"), kind: "select", options: [{ value: "", label: t("noRecruiter") }, ...recruiters], defaultValue: a?.claimedRecruiterId ?? "" },
    { name: "claimedCompanyName", label: t("claimedCompanyName"), maxLength: 150, defaultValue: a?.claimedCompanyName ?? "" },
    { name: "villageCode", label: t("villageCode"), kind: "select", options: [{ value: "", label: t("noVillage") }, ...villages], defaultValue: a?.villageCode ?? "" },
    { name: "watchlisted", label: t("watchlisted"), kind: "checkbox", defaultValue: a?.watchlisted ? "on" : "", wide: true },
    { name: "watchlistReason", label: t("watchlistReason"), kind: "textarea", maxLength: 500, defaultValue: a?.watchlistReason ?? "" },
  ];
}
