import type { Actor } from "@/lib/authz";

/**
 * What the group page gives each money section (aid, loans, sales). A section is an async
 * server component that loads its own rows through a scoped data function ("group:read")
 * and offers its forms only to roles with "group:write".
 */
export type GroupMoneySectionProps = {
  actor: Actor;
  group: { id: string; villageCode: string; name: string };
};

export const sectionClass = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
export const moneyClass = "whitespace-nowrap tabular-nums";
