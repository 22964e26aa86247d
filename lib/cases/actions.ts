"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { addCaseNote } from "./add-case-note";
import { assignHandler } from "./assign-handler";
import { updateCaseDeadlines } from "./case-deadlines";
import { changeCaseStep } from "./change-case-step";
import { reportCase, type ReportedCase } from "./report-case";
import { resetCasePin, resetCasePinSchema } from "./reset-case-pin";
import { addCaseNoteSchema, assignHandlerSchema, caseStepSchema, reportCaseSchema, updateCaseInfoSchema, updateDeadlinesSchema } from "./schemas";
import { updateCaseInfo } from "./update-case-info";

const revalidateCases = () => revalidatePath("/cases", "layout");

/** No redirect: the PIN is shown once on the answer, and must not travel in a URL. */
export const reportCaseAction = formAction({
  permission: "case:report",
  schema: reportCaseSchema,
  run: (input, { actor, ip }) => reportCase(actor, input, { ip }),
  onSuccess: () => revalidateCases(),
  toState: (made: ReportedCase) => ({ status: "ok", data: made }),
});

export const changeCaseStepAction = formAction({
  permission: "case:read",
  schema: caseStepSchema,
  run: (input, { actor, ip }) => changeCaseStep(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateCases();
    redirect(`/cases/${result.id}?done=step`);
  },
});

export const assignHandlerAction = formAction({
  permission: "case:assign",
  schema: assignHandlerSchema,
  run: (input, { actor, ip }) => assignHandler(actor, input, { ip }),
  onSuccess: (_r, input) => {
    revalidateCases();
    redirect(`/cases/${input.id}?done=assigned`);
  },
});

export const addCaseNoteAction = formAction({
  permission: "case:note",
  schema: addCaseNoteSchema,
  run: (input, { actor, ip }) => addCaseNote(actor, input, { ip }),
  onSuccess: (_r, input) => {
    revalidateCases();
    redirect(`/cases/${input.id}?done=note#timeline`);
  },
});

export const updateCaseInfoAction = formAction({
  permission: "case:add-info",
  schema: updateCaseInfoSchema,
  run: (input, { actor, ip }) => updateCaseInfo(actor, input, { ip }),
  onSuccess: (_r, input) => {
    revalidateCases();
    redirect(`/cases/${input.id}?done=saved`);
  },
});

export const resetCasePinAction = formAction({
  permission: "case:add-info",
  schema: resetCasePinSchema,
  run: (input, { actor, ip }) => resetCasePin(actor, input, { ip }),
  toState: (result) => ({ status: "ok", data: result }),
});

export const updateCaseDeadlinesAction = formAction({
  permission: "case:deadlines",
  schema: updateDeadlinesSchema,
  run: (input, { actor, ip }) => updateCaseDeadlines(actor, input, { ip }),
  onSuccess: () => {
    revalidatePath("/admin/case-deadlines");
    redirect("/admin/case-deadlines?done=saved");
  },
});
