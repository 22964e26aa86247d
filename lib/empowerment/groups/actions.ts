"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { createCooperative } from "./cooperatives";
import { createGroup, updateGroup } from "./save-group";
import { createCooperativeSchema, createGroupSchema, updateGroupSchema } from "./schemas";

const revalidateGroups = () => revalidatePath("/groups", "layout");

export const createGroupAction = formAction({
  permission: "group:write",
  schema: createGroupSchema,
  run: (input, { actor, ip }) => createGroup(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateGroups();
    redirect(`/groups/${result.id}?done=created`);
  },
});

export const updateGroupAction = formAction({
  permission: "group:write",
  schema: updateGroupSchema,
  run: (input, { actor, ip }) => updateGroup(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateGroups();
    redirect(`/groups/${result.id}?done=saved`);
  },
});

export const createCooperativeAction = formAction({
  permission: "group:write",
  schema: createCooperativeSchema,
  run: (input, { actor, ip }) => createCooperative(actor, input, { ip }),
  onSuccess: () => {
    revalidateGroups();
    redirect("/groups/cooperatives?done=created");
  },
});
