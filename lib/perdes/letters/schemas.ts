import { z } from "zod";
import { UUID } from "@/lib/users/uuid";
import { checkbox, text } from "@/lib/validation/fields";

const id = z.string("required").trim().regex(UUID, "invalidChoice");

export const issueLetterSchema = z.object({ placementId: id });
export const revokeLetterSchema = z.object({ id, reason: text(1000) });
/** The revoke form also asks "are you sure". */
export const revokeLetterFormSchema = revokeLetterSchema.extend({ confirm: checkbox().refine((v) => v, "verification:confirmRevoke") });

export const LETTER_FILTERS = ["valid", "revoked"] as const;
export type LetterFilter = (typeof LETTER_FILTERS)[number];
