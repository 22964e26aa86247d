"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createHousehold } from "./create-household";
import { formAction } from "@/lib/actions/form-action";
import { householdSchema, updateHouseholdSchema } from "./schemas";
import { updateHousehold } from "./update-household";

export const createHouseholdAction = formAction({
  permission: "person:write",
  schema: householdSchema,
  run: (input, { actor, ip }) => createHousehold(actor, input, { ip }),
  onSuccess: ({ id }) => {
    revalidatePath("/registry");
    redirect(`/registry/households/${id}?done=created`);
  },
});

export const updateHouseholdAction = formAction({
  permission: "person:write",
  schema: updateHouseholdSchema,
  run: (input, { actor, ip }) => updateHousehold(actor, input, { ip }),
  onSuccess: ({ id }) => {
    revalidatePath("/registry");
    revalidatePath(`/registry/households/${id}`);
    redirect(`/registry/households/${id}?done=saved`);
  },
});
