"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { decideTransfer } from "./decide-transfer";
import { formAction } from "@/lib/actions/form-action";
import { requestTransfer } from "./request-transfer";
import { decideTransferSchema, requestTransferSchema } from "./schemas";

/**
 * The requesting village is told only that the request was sent. No revalidation: it would
 * re-render the person form the request was made from and lose its answer (the people
 * list is rendered per request anyway).
 */
export const requestTransferAction = formAction({
  permission: "person:transfer-request",
  schema: requestTransferSchema,
  run: (input, { actor, ip }) => requestTransfer(actor, input, { ip }),
});

export const decideTransferAction = formAction({
  permission: "person:transfer-decide",
  schema: decideTransferSchema,
  run: (input, { actor, ip }) => decideTransfer(actor, input, { ip }),
  onSuccess: ({ status }) => {
    revalidatePath("/registry");
    redirect(`/registry?done=${status === "APPROVED" ? "transferApproved" : "transferRejected"}`);
  },
});
