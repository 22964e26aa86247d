"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createPerson } from "./create-person";
import { formAction } from "@/lib/actions/form-action";
import { revealPersonField } from "./reveal-person-field";
import { personSchema, revealPersonFieldSchema, updatePersonSchema } from "./schemas";
import { updatePerson } from "./update-person";

export const createPersonAction = formAction({
  permission: "person:write",
  schema: personSchema,
  run: (input, { actor, ip }) => createPerson(actor, input, { ip }),
  onSuccess: ({ id }, input) => {
    revalidatePath("/registry");
    // Added from a household page: back to the household, where the new member now shows.
    if (input.householdId) redirect(`/registry/households/${input.householdId}?done=memberAdded`);
    redirect(`/registry/people/${id}?done=created`);
  },
});

export const updatePersonAction = formAction({
  permission: "person:write",
  schema: updatePersonSchema,
  run: (input, { actor, ip }) => updatePerson(actor, input, { ip }),
  onSuccess: ({ id }) => {
    revalidatePath("/registry");
    revalidatePath(`/registry/people/${id}`);
    redirect(`/registry/people/${id}?done=saved`);
  },
});

/** Answers with the clear value (shown once, in the answer only); the data function audits the reveal. */
export const revealPersonFieldAction = formAction({
  permission: "person:read",
  schema: revealPersonFieldSchema,
  run: (input, { actor, ip }) => revealPersonField(actor, input, { ip }),
  toState: (result) => ({ status: "ok", data: result }),
});
