// The placement's status machine. Pure: the data function asks it whether a change is
// allowed, the page asks it which buttons to show.
//
//   PROSPECTIVE → VERIFIED → DEPARTED → RETURNED
//   PROSPECTIVE ─────────────→ DEPARTED  (only with an explicit "left without the village's
//                                         verification" confirmation, recorded in the audit)
//   any non-final → CANCELLED;  RETURNED and CANCELLED are final.
import { can, type Permission } from "@/lib/authz/permissions";
import type { Role } from "@/lib/authz/roles";

export const PLACEMENT_STATUSES = ["PROSPECTIVE", "VERIFIED", "DEPARTED", "RETURNED", "CANCELLED"] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

export const FINAL_STATUSES: readonly PlacementStatus[] = ["RETURNED", "CANCELLED"];

const NEXT: Record<PlacementStatus, readonly PlacementStatus[]> = {
  PROSPECTIVE: ["VERIFIED", "DEPARTED", "CANCELLED"],
  VERIFIED: ["DEPARTED", "CANCELLED"],
  DEPARTED: ["RETURNED", "CANCELLED"],
  RETURNED: [],
  CANCELLED: [],
};

export function isFinal(status: PlacementStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** Statuses reachable from `from`, whoever asks. */
export function nextStatuses(from: PlacementStatus): readonly PlacementStatus[] {
  return NEXT[from];
}

/** The permission a change needs: verifying is the village official's act. */
export function transitionPermission(to: PlacementStatus): Permission {
  return to === "VERIFIED" ? "placement:verify" : "placement:write";
}

/** Leaving without the village's verification: allowed, but only knowingly. */
export function isUnverifiedDeparture(from: PlacementStatus, to: PlacementStatus): boolean {
  return from === "PROSPECTIVE" && to === "DEPARTED";
}

/** What must be true of the placement when it reaches the status. */
export type TransitionFacts = {
  checklistComplete: boolean;
  departureDate: Date | null;
  returnDate: Date | null;
  /** The user ticked "berangkat tanpa verifikasi desa". */
  confirmUnverified?: boolean;
};

export type TransitionRefusal =
  | "transitionNotAllowed"
  | "forbidden"
  | "checklistIncomplete"
  | "departureDateRequired"
  | "returnDateRequired"
  | "unverifiedConfirmationRequired";

export type TransitionCheck = { ok: true; permission: Permission } | { ok: false; reason: TransitionRefusal; permission?: Permission };

/** Whether `role` may move a placement from `from` to `to`, given the placement's facts. */
export function checkTransition(from: PlacementStatus, to: PlacementStatus, role: Role, facts: TransitionFacts): TransitionCheck {
  if (!NEXT[from].includes(to)) return { ok: false, reason: "transitionNotAllowed" };
  const permission = transitionPermission(to);
  if (!can(role, permission)) return { ok: false, reason: "forbidden", permission };
  if (to === "VERIFIED" && !facts.checklistComplete) return { ok: false, reason: "checklistIncomplete", permission };
  if (to === "DEPARTED" && !facts.departureDate) return { ok: false, reason: "departureDateRequired", permission };
  if (isUnverifiedDeparture(from, to) && facts.confirmUnverified !== true) {
    return { ok: false, reason: "unverifiedConfirmationRequired", permission };
  }
  if (to === "RETURNED" && !facts.returnDate) return { ok: false, reason: "returnDateRequired", permission };
  return { ok: true, permission };
}

/**
 * The buttons to offer a role on a placement: reachable statuses the role has the
 * permission for. Facts (checklist, dates) are not checked here: the form asks for a
 * missing date and the answer explains an incomplete checklist.
 */
export function offeredTransitions(from: PlacementStatus, role: Role): PlacementStatus[] {
  return NEXT[from].filter((to) => can(role, transitionPermission(to)));
}
