import "server-only";
import { getTranslations } from "next-intl/server";
import { SESSION_TOPICS } from "@/lib/perdes/sessions/schemas";
import type { SessionFormStrings } from "./session-form";

// The strings and options the client forms of the session pages receive as props.

const FORM_KEYS = [
  "heldOn", "heldOnHint", "topic", "chooseTopic", "title", "place", "facilitator", "otherAttendees", "otherAttendeesHint", "notes", "create", "save", "saving", "editSummary",
] as const satisfies readonly (keyof SessionFormStrings)[];

export async function sessionFormStrings(): Promise<SessionFormStrings> {
  const t = await getTranslations("perdes.sessions.form");
  return Object.fromEntries(FORM_KEYS.map((k) => [k, t(k)])) as SessionFormStrings;
}

export async function sessionTopicOptions() {
  const t = await getTranslations("perdes.sessions.topic");
  return SESSION_TOPICS.map((s) => ({ value: s, label: t(s) }));
}
