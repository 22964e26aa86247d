// The default pre-departure checklist a village starts from (docs/decisions/022): the village's
// own checks under its Perdes, beside the placement's UU 18/2017 checklist
// (lib/placements/requirements.ts). Each village gets a copy on first use and may adapt it.
// Pure: no database.
import type { VerificationKind } from "./checklist/rules";

export type DefaultChecklistItem = {
  kind: Exclude<VerificationKind, "OTHER">;
  /** Key in the verification catalog; the Indonesian text is stored as the village's label. */
  labelKey: `template.default.${Exclude<VerificationKind, "OTHER">}`;
  /**
   * Where the item comes from when the village has not tied it to an article of its Perdes.
   * Article numbers only where domain.md confirms them (Pasal 13); otherwise the law alone.
   */
  legalBasis: string;
  mandatory: boolean;
};

const PERDES = "Perdes tentang Pelindungan PMI";

export const DEFAULT_CHECKLIST: readonly DefaultChecklistItem[] = [
  {
    kind: "FAMILY_CONSENT",
    labelKey: "template.default.FAMILY_CONSENT",
    // Pasal 13 huruf b: izin suami/istri, orang tua atau wali yang diketahui kepala desa.
    legalBasis: `UU 18/2017 Pasal 13 huruf b; ${PERDES}`,
    mandatory: true,
  },
  { kind: "IDENTITY", labelKey: "template.default.IDENTITY", legalBasis: "UU 18/2017 (verifikasi data calon PMI oleh pemerintah desa)", mandatory: true },
  { kind: "RECRUITER_CHECK", labelKey: "template.default.RECRUITER_CHECK", legalBasis: "UU 18/2017 (penempatan hanya oleh P3MI berizin)", mandatory: true },
  { kind: "JOB_ORDER", labelKey: "template.default.JOB_ORDER", legalBasis: "UU 18/2017 (job order dan SIP2MI)", mandatory: true },
  { kind: "DOCUMENTS", labelKey: "template.default.DOCUMENTS", legalBasis: "UU 18/2017 Pasal 13", mandatory: true },
  { kind: "SAFE_MIGRATION", labelKey: "template.default.SAFE_MIGRATION", legalBasis: `${PERDES} (sosialisasi migrasi aman)`, mandatory: true },
];

/** The place of each default item; items a village adds go after them (sortOrder steps of 10). */
export const SORT_STEP = 10;
