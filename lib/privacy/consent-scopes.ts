// What a person consents to (UU 27/2022: consent is given for a stated purpose). Stored in
// Consent.scopes; labels are privacy.consent.scopes.<code> in the catalogs.
export const CONSENT_SCOPES = ["REGISTRY", "CASE_HANDLING", "EMPOWERMENT", "SHARING_BP3MI"] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export function isConsentScope(value: unknown): value is ConsentScope {
  return typeof value === "string" && (CONSENT_SCOPES as readonly string[]).includes(value);
}

/** Form field name of a scope's checkbox (one name per box: formAction keeps one value per name). */
export function scopeFieldName(scope: ConsentScope): string {
  return `scope_${scope}`;
}
