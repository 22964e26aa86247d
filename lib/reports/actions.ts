"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { handleReport, linkReportToAgent } from "./handle-report";
import { handleReportSchema, linkReportSchema } from "./schemas";

export const handleReportAction = formAction({
  permission: "report:handle",
  schema: handleReportSchema,
  run: (input, { actor, ip }) => handleReport(actor, input, { ip }),
  onSuccess: (_r, input) => {
    revalidatePath("/reports");
    redirect(`/reports/${input.id}?done=handled`);
  },
});

export const linkReportAction = formAction({
  permission: "report:handle",
  schema: linkReportSchema,
  run: (input, { actor, ip }) => linkReportToAgent(actor, input, { ip }),
  onSuccess: (_r, input) => {
    revalidatePath("/reports");
    redirect(`/reports/${input.id}?done=linked`);
  },
});
