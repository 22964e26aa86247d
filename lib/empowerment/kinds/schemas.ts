import { z } from "zod";
import { text } from "@/lib/validation/fields";

// The admin's list of kinds of group: a code (stable, upper case) and its names.

export const createGroupKindSchema = z.object({
  code: z.string("required").trim().toUpperCase().min(2, "tooShort").max(40, "tooLong").regex(/^[A-Z][A-Z0-9_]*$/, "groups:kindCodeFormat"),
  nameId: text(120),
  nameEn: text(120),
});
export const renameGroupKindSchema = z.object({ code: z.string().trim().min(1, "required").max(40), nameId: text(120), nameEn: text(120) });
export const setGroupKindActiveSchema = z.object({ code: z.string().trim().min(1, "required").max(40), active: z.enum(["true", "false"]).transform((v) => v === "true") });
