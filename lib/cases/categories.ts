// Complaint categories (domain.md: the agency's list, plus lost contact, detention, violence).
export const CASE_CATEGORIES = [
  "WANTS_TO_RETURN",
  "UNPAID_WAGES",
  "FAILED_DEPARTURE",
  "DEATH",
  "ILLNESS",
  "TRAFFICKING",
  "JOB_FRAUD",
  "OVERCHARGING",
  "DEPORTATION",
  "PREGNANCY",
  "SOCIAL_SECURITY",
  "WORK_NOT_AS_CONTRACTED",
  "LOST_CONTACT",
  "DETENTION",
  "VIOLENCE",
  "OTHER",
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** Urgent by default (issue 4): a life or liberty is at stake. The organizer may still change it. */
export const URGENT_CATEGORIES: readonly CaseCategory[] = ["TRAFFICKING", "DEATH", "VIOLENCE", "DETENTION"];

export function isUrgentByDefault(category: CaseCategory): boolean {
  return URGENT_CATEGORIES.includes(category);
}
