"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { joinIds } from "../join-ids";
import { addMembers, changeMemberRole, leaveMember } from "./manage-members";
import { addMembersSchema, changeRoleSchema, leaveMemberSchema } from "./schemas";

const revalidateGroups = () => revalidatePath("/groups", "layout");

const addMembersForm = formAction({
  permission: "group:write",
  schema: addMembersSchema,
  run: (input, { actor, ip }) => addMembers(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateGroups();
    redirect(`/groups/${result.groupId}?done=membersAdded#members`);
  },
});

/** Adds the ticked people of the search results with one role and joining day. */
export async function addMembersAction(prev: FormState, formData: FormData): Promise<FormState> {
  return addMembersForm(prev, joinIds(formData, "personIds"));
}

export const leaveMemberAction = formAction({
  permission: "group:write",
  schema: leaveMemberSchema,
  run: (input, { actor, ip }) => leaveMember(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateGroups();
    redirect(`/groups/${result.groupId}?done=memberLeft#members`);
  },
});

export const changeRoleAction = formAction({
  permission: "group:write",
  schema: changeRoleSchema,
  run: (input, { actor, ip }) => changeMemberRole(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateGroups();
    redirect(`/groups/${result.groupId}?done=roleChanged#members`);
  },
});
