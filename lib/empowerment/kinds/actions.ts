"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { createGroupKind, renameGroupKind, setGroupKindActive } from "./group-kinds";
import { createGroupKindSchema, renameGroupKindSchema, setGroupKindActiveSchema } from "./schemas";

const done = (what: string) => {
  revalidatePath("/admin/group-kinds");
  revalidatePath("/groups", "layout");
  redirect(`/admin/group-kinds?done=${what}`);
};

export const createGroupKindAction = formAction({
  permission: "group-kind:write",
  schema: createGroupKindSchema,
  run: (input, { actor, ip }) => createGroupKind(actor, input, { ip }),
  onSuccess: () => done("created"),
});

export const renameGroupKindAction = formAction({
  permission: "group-kind:write",
  schema: renameGroupKindSchema,
  run: (input, { actor, ip }) => renameGroupKind(actor, input, { ip }),
  onSuccess: () => done("renamed"),
});

export const setGroupKindActiveAction = formAction({
  permission: "group-kind:write",
  schema: setGroupKindActiveSchema,
  run: (input, { actor, ip }) => setGroupKindActive(actor, input, { ip }),
  onSuccess: (result) => done(result.active ? "activated" : "deactivated"),
});
