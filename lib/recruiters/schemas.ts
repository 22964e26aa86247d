import { z } from "zod";
import { checkbox, oneOf, optionalText, text } from "@/lib/validation/fields";

// The registry's forms and list queries. Messages are keys of common.errors.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A calendar date from <input type="date"> (YYYY-MM-DD), as midnight UTC. */
export function day() {
  return z
    .string("required")
    .trim()
    .min(1, "required")
    .regex(ISO_DAY, "invalidDate")
    .transform((s) => new Date(`${s}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()), "invalidDate");
}
export function optionalDay() {
  return z.preprocess(emptyToUndefined, day().optional()).transform((d) => d ?? null);
}

export const LICENCE_STATUSES = ["ACTIVE", "SUSPENDED", "REVOKED"] as const;
export const SUSPENSION_SCOPES = ["PARTIAL", "FULL"] as const;
const uuid = z.uuid("invalidFormat");
const optionalUuid = z.preprocess(emptyToUndefined, uuid.optional()).transform((v) => v ?? null);

export const recruiterSchema = z.object({
  name: text(150),
  licenceNumber: text(60),
  address: optionalText(300),
  phone: optionalText(30),
  lastCheckedOn: day(),
});
export const updateRecruiterSchema = recruiterSchema.extend({ id: uuid });
export type RecruiterInput = z.output<typeof recruiterSchema>;

export const recruiterStatusSchema = z
  .object({
    id: uuid,
    status: oneOf(LICENCE_STATUSES),
    suspensionScope: z.preprocess(emptyToUndefined, oneOf(SUSPENSION_SCOPES).optional()).transform((v) => v ?? null),
    suspendedFrom: optionalDay(),
    suspendedUntil: optionalDay(),
    decree: optionalText(200),
    decreeOn: optionalDay(),
    note: optionalText(500),
    confirm: checkbox(),
  })
  .superRefine((v, ctx) => {
    const need = (path: string, ok: unknown) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message: "required" });
    };
    if (v.status === "SUSPENDED") {
      need("suspensionScope", v.suspensionScope);
      need("suspendedFrom", v.suspendedFrom);
      need("suspendedUntil", v.suspendedUntil);
      if (v.suspendedFrom && v.suspendedUntil && v.suspendedUntil < v.suspendedFrom) ctx.addIssue({ code: "custom", path: ["suspendedUntil"], message: "invalidDate" });
    }
    if (v.status !== "ACTIVE") {
      need("decree", v.decree);
      need("decreeOn", v.decreeOn);
    }
    // Revoking is final in practice: it needs the "I am sure" box (works without JavaScript).
    if (v.status === "REVOKED") need("confirm", v.confirm);
  })
  .transform((v) =>
    v.status === "SUSPENDED" ? v : { ...v, suspensionScope: null, suspendedFrom: null, suspendedUntil: null },
  );
export type RecruiterStatusInput = z.output<typeof recruiterStatusSchema>;

export const jobOrderSchema = z.object({
  recruiterId: uuid,
  sip2miNumber: text(60),
  countryCode: z.string("required").regex(/^[A-Z]{2}$/, "invalidChoice"),
  jobCode: z.string("required").regex(/^[A-Z_]{2,40}$/, "invalidChoice"),
  quota: z.coerce.number("invalidNumber").int("invalidNumber").min(1, "invalidNumber").max(100_000, "invalidNumber"),
  validUntil: day(),
  lastCheckedOn: day(),
});
export type JobOrderInput = z.output<typeof jobOrderSchema>;

export const agentSchema = z
  .object({
    name: text(120),
    phone: optionalText(30),
    claimedRecruiterId: optionalUuid,
    claimedCompanyName: optionalText(150),
    villageCode: z.preprocess(emptyToUndefined, z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "invalidChoice").optional()).transform((v) => v ?? null),
    watchlisted: checkbox(),
    watchlistReason: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.watchlisted && !v.watchlistReason) ctx.addIssue({ code: "custom", path: ["watchlistReason"], message: "required" });
  });
export const updateAgentSchema = agentSchema.and(z.object({ id: uuid }));
export type AgentInput = z.output<typeof agentSchema>;

// List queries: a value that does not parse is ignored (links can be edited by anyone).
export const listRecruitersQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((s) => s || undefined),
  status: z.enum(LICENCE_STATUSES).optional().catch(undefined),
  cursor: z.string().max(500).optional().catch(undefined),
});
export type ListRecruitersQuery = z.output<typeof listRecruitersQuerySchema>;

export const listAgentsQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((s) => s || undefined),
  watchlisted: z.enum(["yes", "no"]).optional().catch(undefined),
  cursor: z.string().max(500).optional().catch(undefined),
});
export type ListAgentsQuery = z.output<typeof listAgentsQuerySchema>;
