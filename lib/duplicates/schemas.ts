import { z } from "zod";
import { checkbox } from "@/lib/validation/fields";
import { MERGE_FIELD_NAMES, type MergeField } from "./merge-fields";

// The duplicates list's GET parameters: anything that does not parse is ignored.
export const listDuplicatesQuerySchema = z.object({
  cursor: z.string().max(500).optional().catch(undefined),
});
export type ListDuplicatesQuery = z.output<typeof listDuplicatesQuerySchema>;

// The two records of a pair are "a" (first in the URL) and "b". The compare page sends the
// choices by GET to the confirmation page, which sends them, with the versions it showed
// and the "I am sure" box, to the merge action.
const side = z.enum(["a", "b"], "invalidChoice");
const version = z.coerce.number("invalidNumber").int("invalidNumber").min(0, "notNegative");

const choiceShape = Object.fromEntries(MERGE_FIELD_NAMES.map((f) => [f, side])) as Record<MergeField, typeof side>;

/** The choices as the compare page sends them. A missing field choice falls back to the kept record. */
export const mergeChoicesSchema = z.object({
  keep: side,
  v1: version,
  v2: version,
  ...(Object.fromEntries(MERGE_FIELD_NAMES.map((f) => [f, side.optional()])) as Record<MergeField, z.ZodOptional<typeof side>>),
});
export type MergeChoices = z.output<typeof mergeChoicesSchema>;

export const mergePeopleSchema = z
  .object({
    firstId: z.uuid("invalidFormat"),
    secondId: z.uuid("invalidFormat"),
    keep: side,
    firstVersion: version,
    secondVersion: version,
    confirm: checkbox().refine((v) => v === true, "required"),
    ...choiceShape,
  })
  .transform((v) => {
    const keepFirst = v.keep === "a";
    const duplicateSide = keepFirst ? "b" : "a";
    return {
      firstId: v.firstId,
      secondId: v.secondId,
      keepId: keepFirst ? v.firstId : v.secondId,
      duplicateId: keepFirst ? v.secondId : v.firstId,
      keepVersion: keepFirst ? v.firstVersion : v.secondVersion,
      duplicateVersion: keepFirst ? v.secondVersion : v.firstVersion,
      takeFromDuplicate: MERGE_FIELD_NAMES.filter((f) => v[f] === duplicateSide),
    };
  });
export type MergePeopleFormInput = z.output<typeof mergePeopleSchema>;

/** The fields a GET choice takes from the record that is not kept. */
export function takeFromDuplicate(choices: MergeChoices): MergeField[] {
  const duplicateSide = choices.keep === "a" ? "b" : "a";
  return MERGE_FIELD_NAMES.filter((f) => choices[f] === duplicateSide);
}
