import type { ComponentType } from "react";
import type { Actor } from "@/lib/authz";
import type { GroupDetail } from "@/lib/empowerment/groups/get-group";
import type { Locale } from "@/lib/i18n/locales";

/** What every section of a group's page receives (/groups/[id]). */
export type GroupSectionProps = {
  actor: Actor;
  group: GroupDetail;
  locale: Locale;
  /** The actor may write this group (group:write); the data layer checks again. */
  canWrite: boolean;
  searchParams: Record<string, string | string[] | undefined>;
};

export type GroupSection = ComponentType<GroupSectionProps>;
