// The pre-departure checklist of every placement: the worker's requirements of UU 18/2017
// Pasal 5 and the documents of Pasal 13. Each item has a stable code (stored in
// PlacementRequirement.code), its legal basis and catalog keys (placements.requirements.<code>).
// Pure: no database, usable in pages, data functions and tests.

export type LegalBasis = { law: "UU 18/2017"; article: 5 | 13; letter: string };

export type RequirementDefinition = {
  code: RequirementCode;
  basis: LegalBasis;
  /** Catalog key of the short label, e.g. "requirements.P5_AGE.label" in the placements namespace. */
  labelKey: string;
  /** Catalog key of the explanation (what the verifier looks at). */
  hintKey: string;
};

export const REQUIREMENT_CODES = [
  "P5_AGE",
  "P5_COMPETENCE",
  "P5_HEALTH",
  "P5_REGISTERED_BPJS",
  "P5_DOCUMENTS",
  "P13_MARITAL_STATUS",
  "P13_FAMILY_PERMISSION",
  "P13_COMPETENCE_CERT",
  "P13_HEALTH_CERT",
  "P13_PASSPORT",
  "P13_WORK_VISA",
  "P13_PLACEMENT_AGREEMENT",
  "P13_EMPLOYMENT_CONTRACT",
] as const;
export type RequirementCode = (typeof REQUIREMENT_CODES)[number];

export const REQUIREMENT_STATUSES = ["MISSING", "SUBMITTED", "VERIFIED"] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

// Pasal 5 huruf a–e (requirements on the worker), Pasal 13 huruf a–h (documents), in the
// order of the law. The Perdes issue will tie village articles to the same codes.
const LETTERS: Record<RequirementCode, LegalBasis> = {
  P5_AGE: { law: "UU 18/2017", article: 5, letter: "a" },
  P5_COMPETENCE: { law: "UU 18/2017", article: 5, letter: "b" },
  P5_HEALTH: { law: "UU 18/2017", article: 5, letter: "c" },
  P5_REGISTERED_BPJS: { law: "UU 18/2017", article: 5, letter: "d" },
  P5_DOCUMENTS: { law: "UU 18/2017", article: 5, letter: "e" },
  P13_MARITAL_STATUS: { law: "UU 18/2017", article: 13, letter: "a" },
  P13_FAMILY_PERMISSION: { law: "UU 18/2017", article: 13, letter: "b" },
  P13_COMPETENCE_CERT: { law: "UU 18/2017", article: 13, letter: "c" },
  P13_HEALTH_CERT: { law: "UU 18/2017", article: 13, letter: "d" },
  P13_PASSPORT: { law: "UU 18/2017", article: 13, letter: "e" },
  P13_WORK_VISA: { law: "UU 18/2017", article: 13, letter: "f" },
  P13_PLACEMENT_AGREEMENT: { law: "UU 18/2017", article: 13, letter: "g" },
  P13_EMPLOYMENT_CONTRACT: { law: "UU 18/2017", article: 13, letter: "h" },
};

export const REQUIREMENTS: readonly RequirementDefinition[] = REQUIREMENT_CODES.map((code) => ({
  code,
  basis: LETTERS[code],
  labelKey: `requirements.${code}.label`,
  hintKey: `requirements.${code}.hint`,
}));

export function isRequirementCode(value: unknown): value is RequirementCode {
  return typeof value === "string" && (REQUIREMENT_CODES as readonly string[]).includes(value);
}

export function requirementDefinition(code: RequirementCode): RequirementDefinition {
  return REQUIREMENTS[REQUIREMENT_CODES.indexOf(code)]!;
}

/** Orders checklist rows as the law lists them (rows with an unknown code go last). */
export function sortRequirements<T extends { code: string }>(items: readonly T[]): T[] {
  const rank = (code: string) => {
    const i = (REQUIREMENT_CODES as readonly string[]).indexOf(code);
    return i === -1 ? REQUIREMENT_CODES.length : i;
  };
  return [...items].sort((a, b) => rank(a.code) - rank(b.code));
}

/**
 * Complete when every item of the law is there and VERIFIED. A list with an item missing
 * (or an empty list) is not complete, so a lost row can never pass for a verified checklist.
 */
export function isChecklistComplete(items: readonly { code: string; status: RequirementStatus }[]): boolean {
  const verified = new Set(items.filter((i) => i.status === "VERIFIED").map((i) => i.code));
  return REQUIREMENT_CODES.every((code) => verified.has(code)) && items.every((i) => i.status === "VERIFIED");
}

export function checklistProgress(items: readonly { status: RequirementStatus }[]): { verified: number; submitted: number; total: number } {
  return {
    verified: items.filter((i) => i.status === "VERIFIED").length,
    submitted: items.filter((i) => i.status === "SUBMITTED").length,
    total: REQUIREMENT_CODES.length,
  };
}

export const MINIMUM_AGE = 18;

/** Full years between a birth date and a day (both calendar dates at UTC midnight). */
export function ageOn(birthDate: Date, day: Date): number {
  let age = day.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    day.getUTCMonth() < birthDate.getUTCMonth() ||
    (day.getUTCMonth() === birthDate.getUTCMonth() && day.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

export type AgeSuggestion = {
  age: number;
  meetsMinimum: boolean;
  /** The day the age is counted on: departure, else contract start, else today. */
  referenceDate: Date;
  reference: "departure" | "contractStart" | "today";
};

/**
 * What the birth date says about P5_AGE (at least 18 when leaving). Only a suggestion
 * shown beside the item: an official still verifies it against the documents.
 */
export function suggestAgeRequirement(
  birthDate: Date,
  dates: { departureDate?: Date | null; contractStart?: Date | null },
  today: Date,
): AgeSuggestion {
  const [referenceDate, reference] = dates.departureDate
    ? ([dates.departureDate, "departure"] as const)
    : dates.contractStart
      ? ([dates.contractStart, "contractStart"] as const)
      : ([today, "today"] as const);
  const age = ageOn(birthDate, referenceDate);
  return { age, meetsMinimum: age >= MINIMUM_AGE, referenceDate, reference };
}
