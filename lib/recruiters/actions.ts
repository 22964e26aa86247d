"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { changeRecruiterStatus } from "./change-recruiter-status";
import { createJobOrder } from "./create-job-order";
import { refusingAsRegistry, stateOf } from "./refusals";
import { createAgent, updateAgent } from "./save-agent";
import { createRecruiter, updateRecruiter } from "./save-recruiter";
import { agentSchema, jobOrderSchema, recruiterSchema, recruiterStatusSchema, updateAgentSchema, updateRecruiterSchema } from "./schemas";

const BASE = "/recruiters";

export const createRecruiterAction = formAction({
  permission: "recruiter:write",
  schema: recruiterSchema,
  run: (input, { actor, ip }) => refusingAsRegistry(() => createRecruiter(actor, input, { ip })),
  onSuccess: (outcome) => {
    if (!outcome.ok) return;
    revalidatePath(BASE);
    redirect(`${BASE}/${outcome.value.id}?done=created`);
  },
  toState: stateOf,
});

export const updateRecruiterAction = formAction({
  permission: "recruiter:write",
  schema: updateRecruiterSchema,
  run: (input, { actor, ip }) => refusingAsRegistry(() => updateRecruiter(actor, input, { ip })),
  onSuccess: (outcome, input) => {
    if (!outcome.ok) return;
    revalidatePath(BASE);
    redirect(`${BASE}/${input.id}?done=saved`);
  },
  toState: stateOf,
});

export const changeRecruiterStatusAction = formAction({
  permission: "recruiter:write",
  schema: recruiterStatusSchema,
  run: (input, { actor, ip }) => changeRecruiterStatus(actor, input, { ip }),
  onSuccess: (_r, input) => {
    revalidatePath(BASE);
    redirect(`${BASE}/${input.id}?done=status`);
  },
});

export const createJobOrderAction = formAction({
  permission: "recruiter:write",
  schema: jobOrderSchema,
  run: (input, { actor, ip }) => refusingAsRegistry(() => createJobOrder(actor, input, { ip })),
  onSuccess: (outcome, input) => {
    if (!outcome.ok) return;
    revalidatePath(`${BASE}/${input.recruiterId}`);
    redirect(`${BASE}/${input.recruiterId}?done=jobOrder`);
  },
  toState: stateOf,
});

export const createAgentAction = formAction({
  permission: "recruiter:write",
  schema: agentSchema,
  run: (input, { actor, ip }) => createAgent(actor, input, { ip }),
  onSuccess: (r) => {
    revalidatePath(`${BASE}/agents`);
    redirect(`${BASE}/agents/${r.id}?done=created`);
  },
});

export const updateAgentAction = formAction({
  permission: "recruiter:write",
  schema: updateAgentSchema,
  run: (input, { actor, ip }) => updateAgent(actor, input, { ip }),
  onSuccess: (_r, input) => {
    revalidatePath(`${BASE}/agents`);
    redirect(`${BASE}/agents/${input.id}?done=saved`);
  },
});
