import type { Actor } from "@/lib/authz";
import type { CaseStatus } from "@/lib/cases/workflow";

/**
 * What the case page gives each of its sections (attachments, referrals, claims, mediation).
 * A section is an async server component that loads its own rows through a scoped data
 * function and offers its forms only when the actor's role may use them.
 */
export type CaseSectionProps = {
  actor: Actor;
  kase: { id: string; number: string; version: number; status: CaseStatus; countryCode: string | null; villageCode: string };
};
