import { z } from "zod";
import { day } from "@/lib/recruiters/schemas";
import { checkbox, optionalText } from "@/lib/validation/fields";

export const countryRuleSchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/, "invalidFormat"),
  moratoriumHousehold: checkbox(),
  destination: checkbox(),
  legalBasis: optionalText(300),
  lastCheckedOn: day(),
});
export type CountryRuleInput = z.output<typeof countryRuleSchema>;

export const jobRuleSchema = z.object({
  code: z.string().regex(/^[A-Z_]{2,40}$/, "invalidFormat"),
  zeroCost: checkbox(),
  household: checkbox(),
  legalBasis: optionalText(300),
  lastCheckedOn: day(),
});
export type JobRuleInput = z.output<typeof jobRuleSchema>;
