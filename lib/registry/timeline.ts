// The person page's timeline: placements (registered, departed, returned), welfare
// check-ins and consents (given, withdrawn), newest first. Pure, so it is unit-tested.
// Cases are on it; group memberships (a later issue) add their own event kind here.

export type TimelineEvent =
  | { kind: "placementCreated" | "departed" | "returned"; at: Date; placementId: string; countryCode: string }
  | { kind: "checkIn"; at: Date; placementId: string; id: string; method: string; wellbeing: string }
  | { kind: "consentGiven" | "consentWithdrawn"; at: Date; id: string; scopes: string[] }
  | { kind: "caseReported"; at: Date; id: string; number: string; category: string; status: string };

type Records = {
  placements: { id: string; countryCode: string; createdAt: Date; departureDate: Date | null; returnDate: Date | null }[];
  checkIns: { id: string; placementId: string; contactedAt: Date; method: string; wellbeing: string }[];
  consents: { id: string; givenOn: Date; withdrawnOn: Date | null; scopes: string[] }[];
  cases?: { id: string; number: string; category: string; status: string; reportedAt: Date }[];
};

// Same moment: the later step of a story first (returned after departed after registered).
const RANK: Record<TimelineEvent["kind"], number> = {
  caseReported: 0,
  returned: 0,
  departed: 1,
  checkIn: 2,
  consentWithdrawn: 3,
  consentGiven: 4,
  placementCreated: 5,
};

export function buildTimeline(records: Records): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const p of records.placements) {
    events.push({ kind: "placementCreated", at: p.createdAt, placementId: p.id, countryCode: p.countryCode });
    if (p.departureDate) events.push({ kind: "departed", at: p.departureDate, placementId: p.id, countryCode: p.countryCode });
    if (p.returnDate) events.push({ kind: "returned", at: p.returnDate, placementId: p.id, countryCode: p.countryCode });
  }
  for (const c of records.checkIns) {
    events.push({ kind: "checkIn", at: c.contactedAt, placementId: c.placementId, id: c.id, method: c.method, wellbeing: c.wellbeing });
  }
  for (const c of records.consents) {
    events.push({ kind: "consentGiven", at: c.givenOn, id: c.id, scopes: c.scopes });
    if (c.withdrawnOn) events.push({ kind: "consentWithdrawn", at: c.withdrawnOn, id: c.id, scopes: c.scopes });
  }
  for (const c of records.cases ?? []) {
    events.push({ kind: "caseReported", at: c.reportedAt, id: c.id, number: c.number, category: c.category, status: c.status });
  }
  return events.sort((a, b) => b.at.getTime() - a.at.getTime() || RANK[a.kind] - RANK[b.kind]);
}

/** Calendar-date events (departure, return, consent) are shown as dates; the others with their time. */
export function isCalendarEvent(kind: TimelineEvent["kind"]): boolean {
  return kind === "departed" || kind === "returned" || kind === "consentGiven" || kind === "consentWithdrawn";
}
