import type { GroupSection, GroupSectionProps } from "./group-sections";

/**
 * The sections other parts of issue 6 add to a group's page, below its profile, members and
 * trainings (aid, loans, sales, charts): each is a server component taking GroupSectionProps
 * and rendering its own <section>. Register one by adding it to this list, in page order.
 */
export const GROUP_EXTRA_SECTIONS: GroupSection[] = [];

export function GroupExtraSections(props: GroupSectionProps) {
  return (
    <>
      {GROUP_EXTRA_SECTIONS.map((Section, i) => (
        <Section key={Section.displayName ?? Section.name ?? i} {...props} />
      ))}
    </>
  );
}
