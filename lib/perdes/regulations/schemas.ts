import { z } from "zod";
import { optionalDate } from "@/lib/placements/schemas";
import { checkbox, oneOf, optionalText, text } from "@/lib/validation/fields";
import { normalizeArticleNumber } from "./article-anchor";

// What the regulation forms send. Messages are keys of common.errors or "perdes:key" for
// perdes.errors.key; rules that look at the database (a number already used, an article a
// checklist item points to) are the data functions'.

export const REGULATION_STATUSES = ["DRAFT", "IN_FORCE", "REVOKED"] as const;
export type RegulationStatus = (typeof REGULATION_STATUSES)[number];

export const MIN_REGULATION_YEAR = 1945;
export const MAX_REGULATION_YEAR = 2100;

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const version = z.coerce.number("invalidNumber").int("invalidNumber").min(0, "invalidNumber");
const confirmed = checkbox().refine((v) => v === true, "required");

/** "3" of "Nomor 3 Tahun 2018"; leading zeros dropped, so "03" and "3" are one number. */
const regulationNumber = z
  .string("required")
  .trim()
  .min(1, "required")
  .regex(/^\d{1,4}[A-Za-z]?$/, "perdes:regulationNumberFormat")
  .transform((s) => s.replace(/^0+(?=\d)/, "").toUpperCase())
  .refine((s) => !/^0+[A-Z]?$/.test(s), "perdes:regulationNumberFormat");

const year = z.preprocess(
  blank,
  z.coerce
    .number("required")
    .int("invalidNumber")
    .min(MIN_REGULATION_YEAR, "perdes:yearRange")
    .max(MAX_REGULATION_YEAR, "perdes:yearRange"),
);

export const regulationFields = {
  number: regulationNumber,
  year,
  title: text(300),
  status: oneOf(REGULATION_STATUSES),
  /** Required once the regulation is no longer a draft (the data function checks it). */
  enactedOn: optionalDate(),
};

export const createRegulationSchema = z.object(regulationFields);
export type CreateRegulationInput = z.output<typeof createRegulationSchema>;

export const updateRegulationSchema = z.object({ id: z.uuid("invalidFormat"), version, ...regulationFields });
export type UpdateRegulationInput = z.output<typeof updateRegulationSchema>;

const articleNumber = z
  .string("required")
  .trim()
  .min(1, "required")
  .max(30, "tooLong")
  .transform((s, ctx) => {
    const normal = normalizeArticleNumber(s);
    if (!normal) {
      ctx.addIssue({ code: "custom", message: "perdes:articleNumberFormat" });
      return z.NEVER;
    }
    return normal;
  });

export const articleFields = {
  number: articleNumber,
  heading: optionalText(200),
  text: text(10_000),
};

/** Every article write carries the regulation's id and the version it was loaded with. */
const onRegulation = { regulationId: z.uuid("invalidFormat"), version };

export const addArticleSchema = z.object({ ...onRegulation, ...articleFields });
export type AddArticleInput = z.output<typeof addArticleSchema>;

export const updateArticleSchema = z.object({ ...onRegulation, articleId: z.uuid("invalidFormat"), ...articleFields });
export type UpdateArticleInput = z.output<typeof updateArticleSchema>;

export const moveArticleSchema = z.object({ ...onRegulation, articleId: z.uuid("invalidFormat"), direction: oneOf(["up", "down"] as const) });
export type MoveArticleInput = z.output<typeof moveArticleSchema>;

export const removeArticleSchema = z.object({ ...onRegulation, articleId: z.uuid("invalidFormat"), confirm: confirmed });
export type RemoveArticleInput = z.output<typeof removeArticleSchema>;
