// The case's status machine (issue 4). Pure: the data functions ask it whether a step is
// allowed, the case page asks it which actions to offer.
//
//   REPORTED → VERIFIED → IN_MEDIATION → REFERRED → RESOLVED
//                 │            │  └──────────────────→ RESOLVED
//                 ├────────────┴──→ REFERRED (a referral to an agency)
//                 └───────────────────────────────────→ RESOLVED
//   any but CLOSED → CLOSED, with a closing reason (Peraturan BP2MI 6/2024 Pasal 30, or RESOLVED)
//   RESOLVED, CLOSED → reopened (to VERIFIED when it was verified, else REPORTED), with a reason
import { can, type Permission } from "@/lib/authz/permissions";
import type { Role } from "@/lib/authz/roles";

export const CASE_STATUSES = ["REPORTED", "VERIFIED", "IN_MEDIATION", "REFERRED", "RESOLVED", "CLOSED"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CLOSE_REASONS = [
  "RESOLVED",
  "DOCUMENTS_INCOMPLETE",
  "NO_CLARIFICATION",
  "COMPLAINANT_UNREACHABLE",
  "HANDED_OVER",
  "NO_RESPONSE_AFTER_NOTICE",
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** The steps a case can take; each is one button (or form) on the case page. */
export const CASE_STEPS = ["verify", "mediate", "refer", "resolve", "close", "reopen"] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

const FROM: Record<CaseStep, readonly CaseStatus[]> = {
  verify: ["REPORTED"],
  mediate: ["VERIFIED"],
  refer: ["VERIFIED", "IN_MEDIATION", "REFERRED"],
  resolve: ["VERIFIED", "IN_MEDIATION", "REFERRED"],
  close: ["REPORTED", "VERIFIED", "IN_MEDIATION", "REFERRED", "RESOLVED"],
  reopen: ["RESOLVED", "CLOSED"],
};

export const STEP_PERMISSION: Record<CaseStep, Permission> = {
  verify: "case:verify",
  mediate: "case:mediate",
  refer: "case:refer",
  resolve: "case:resolve",
  close: "case:close",
  reopen: "case:reopen",
};

/** Statuses in which a step is due and the case counts as open. */
export const OPEN_STATUSES: readonly CaseStatus[] = ["REPORTED", "VERIFIED", "IN_MEDIATION", "REFERRED"];

export function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export type StepRefusal = "stepNotAllowed" | "forbidden" | "reasonRequired" | "resolveBeforeClosingResolved" | "closeResolvedWithResolved";

export type StepCheck = { ok: true; to: CaseStatus } | { ok: false; reason: StepRefusal };

/** The status a step leads to. Referring again while referred stays REFERRED. */
export function stepTarget(step: CaseStep, from: CaseStatus, wasVerified: boolean): CaseStatus {
  switch (step) {
    case "verify":
      return "VERIFIED";
    case "mediate":
      return "IN_MEDIATION";
    case "refer":
      return "REFERRED";
    case "resolve":
      return "RESOLVED";
    case "close":
      return "CLOSED";
    case "reopen":
      return wasVerified ? "VERIFIED" : "REPORTED";
  }
  return from;
}

/**
 * Whether `role` may take `step` on a case in `from`. Closing needs a reason; RESOLVED as the
 * reason only for a resolved case, and a resolved case closes only as RESOLVED. Reopening
 * needs a written reason.
 */
export function checkStep(
  step: CaseStep,
  from: CaseStatus,
  role: Role,
  facts: { wasVerified: boolean; closeReason?: CloseReason | null; reason?: string | null },
): StepCheck {
  if (!FROM[step].includes(from)) return { ok: false, reason: "stepNotAllowed" };
  if (!can(role, STEP_PERMISSION[step])) return { ok: false, reason: "forbidden" };
  if (step === "close") {
    if (!facts.closeReason) return { ok: false, reason: "reasonRequired" };
    if (facts.closeReason === "RESOLVED" && from !== "RESOLVED") return { ok: false, reason: "resolveBeforeClosingResolved" };
    if (from === "RESOLVED" && facts.closeReason !== "RESOLVED") return { ok: false, reason: "closeResolvedWithResolved" };
  }
  if (step === "reopen" && !facts.reason?.trim()) return { ok: false, reason: "reasonRequired" };
  return { ok: true, to: stepTarget(step, from, facts.wasVerified) };
}

/** The steps to offer a role on a case in `from` (facts such as reasons are asked by the form). */
export function offeredSteps(from: CaseStatus, role: Role): CaseStep[] {
  return CASE_STEPS.filter((step) => FROM[step].includes(from) && can(role, STEP_PERMISSION[step]));
}
