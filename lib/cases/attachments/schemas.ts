import { z } from "zod";
import { optionalText } from "@/lib/validation/fields";
import { MAX_DESCRIPTION_LENGTH } from "./attachment-limits";

// What the upload form sends besides the file (the file itself is checked by its bytes,
// attachment-limits.ts). Messages are keys of common.errors.
export const attachmentFieldsSchema = z.object({
  description: optionalText(MAX_DESCRIPTION_LENGTH),
});
