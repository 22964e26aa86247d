import { AidSection } from "./aid-section";
import { GroupCharts } from "./charts/group-charts";
import type { GroupSection, GroupSectionProps } from "./group-sections";
import { LoansSection } from "./loans-section";
import { SalesSection } from "./sales-section";

/** The charts take the group's id; the other sections the group itself. */
function ChartsSection({ actor, group, locale }: GroupSectionProps) {
  return <GroupCharts actor={actor} groupId={group.id} locale={locale} />;
}

/**
 * The sections other parts of issue 6 add to a group's page, below its profile, members and
 * trainings (aid, loans, sales, charts): each is a server component taking GroupSectionProps
 * and rendering its own <section>. Register one by adding it to this list, in page order.
 */
export const GROUP_EXTRA_SECTIONS: GroupSection[] = [AidSection, LoansSection, SalesSection, ChartsSection];

export function GroupExtraSections(props: GroupSectionProps) {
  return (
    <>
      {GROUP_EXTRA_SECTIONS.map((Section, i) => (
        <Section key={Section.displayName ?? Section.name ?? i} {...props} />
      ))}
    </>
  );
}
