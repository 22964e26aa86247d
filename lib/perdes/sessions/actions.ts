"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { addAttendee, removeAttendee } from "./manage-attendance";
import { createSession, deleteSession, updateSession } from "./save-session";
import { addAttendeeSchema, createSessionSchema, deleteSessionSchema, removeAttendeeSchema, updateSessionSchema } from "./schemas";

const revalidateSessions = () => revalidatePath("/perdes/sessions", "layout");

export const createSessionAction = formAction({
  permission: "session:write",
  schema: createSessionSchema,
  run: (input, { actor, ip }) => createSession(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateSessions();
    redirect(`/perdes/sessions/${result.id}?done=created`);
  },
});

export const updateSessionAction = formAction({
  permission: "session:write",
  schema: updateSessionSchema,
  run: (input, { actor, ip }) => updateSession(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateSessions();
    redirect(`/perdes/sessions/${result.id}?done=saved`);
  },
});

export const deleteSessionAction = formAction({
  permission: "session:write",
  schema: deleteSessionSchema,
  run: (input, { actor, ip }) => deleteSession(actor, input, { ip }),
  onSuccess: () => {
    revalidateSessions();
    redirect("/perdes/sessions?done=deleted");
  },
});

export const addAttendeeAction = formAction({
  permission: "session:write",
  schema: addAttendeeSchema,
  run: (input, { actor, ip }) => addAttendee(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateSessions();
    redirect(`/perdes/sessions/${result.sessionId}?done=attendeeAdded#attendance`);
  },
});

export const removeAttendeeAction = formAction({
  permission: "session:write",
  schema: removeAttendeeSchema,
  run: (input, { actor, ip }) => removeAttendee(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateSessions();
    redirect(`/perdes/sessions/${result.sessionId}?done=attendeeRemoved#attendance`);
  },
});
