import { getTranslations } from "next-intl/server";

// The words for stored codes (sex, education, placement status, ...) as the person reads them,
// from privacy.values. Server only: pages call it and pass plain strings on.
export type ValueKind =
  | "sex"
  | "education"
  | "maritalStatus"
  | "relation"
  | "placementStatus"
  | "channel"
  | "contactMethod"
  | "wellbeing"
  | "requirementStatus"
  | "transferStatus";

export type ValueLabel = (kind: ValueKind, code: string | null | undefined) => string;

export async function valueLabels(): Promise<ValueLabel> {
  const t = await getTranslations("privacy.values");
  return (kind, code) => {
    if (!code) return "";
    const key = `${kind}.${code}`;
    // A code added later without a label still shows, as itself.
    return t.has(key) ? t(key) : code;
  };
}
