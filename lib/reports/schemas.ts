import { z } from "zod";
import { oneOf, optionalText, text } from "@/lib/validation/fields";

// The public report form and the staff handling form. Messages are keys of common.errors.
export const reportSchema = z.object({
  what: text(2000),
  recruiterName: optionalText(150),
  agentName: optionalText(120),
  phone: optionalText(30),
  place: optionalText(200),
  villageCode: z.string("required").regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "invalidChoice"),
  reporterContact: optionalText(150),
});
export type ReportInput = z.output<typeof reportSchema>;

export const REPORT_STATUSES = ["NEW", "IN_REVIEW", "LINKED", "CLOSED"] as const;

export const handleReportSchema = z.object({
  id: z.uuid("invalidFormat"),
  status: oneOf(REPORT_STATUSES),
  publicNote: optionalText(1000),
});
export type HandleReportInput = z.output<typeof handleReportSchema>;

/** Link to an existing agent (agentId) or create a watchlisted one from the report. */
export const linkReportSchema = z
  .object({
    id: z.uuid("invalidFormat"),
    agentId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid("invalidChoice").optional()),
    newAgentName: optionalText(120),
    watchlistReason: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (!v.agentId && !v.newAgentName) ctx.addIssue({ code: "custom", path: ["newAgentName"], message: "required" });
    if (!v.agentId && !v.watchlistReason) ctx.addIssue({ code: "custom", path: ["watchlistReason"], message: "required" });
  });
export type LinkReportInput = z.output<typeof linkReportSchema>;

export const listReportsQuerySchema = z.object({
  status: z.enum(REPORT_STATUSES).optional().catch(undefined),
  village: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/).optional().catch(undefined),
  cursor: z.string().max(500).optional().catch(undefined),
});
export type ListReportsQuery = z.output<typeof listReportsQuerySchema>;
