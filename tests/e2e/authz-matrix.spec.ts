import type { APIRequestContext } from "@playwright/test";
import type { Role } from "../../lib/authz/roles";
import { createUser, expect, signIn, test, VILLAGE_A, VILLAGE_B, type TestUser } from "./fixtures";
import { e2eDb } from "./db";
import { createTestCase } from "../factories/cases";
import { createTestLetter } from "../factories/perdes";
import { createTestGroup } from "../factories/groups";
import { createTestPlacement, ensurePlacementReference } from "../factories/placements";
import { createTestPerson } from "../factories/people";

// Every staff page and endpoint, tried as anonymous and as each role, including an organizer
// of another village. "allow" = 200, "deny" = 404 (a page one may not use does not exist for
// them), "signin" = sent to the sign-in page.
type Actor = "anonymous" | "organizerA" | "organizerB" | "official" | "bp3mi" | "bp3miOtherRegion" | "admin";
type Expect = "allow" | "deny" | "signin";

let subject: TestUser; // a user of village A, the record others try to open
let worker: { id: string }; // a person registered in village A (kabupaten 36.04)
let kase: { id: string }; // a case of village A
let trip: { id: string }; // a placement of village A, with a village letter
let letter: { id: string };
let group: { id: string }; // a business group of village A
const STAFF: Actor[] = ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion", "admin"];

const PAGES: { path: () => string; allow: Actor[] }[] = [
  { path: () => "/dashboard", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion", "admin"] },
  { path: () => "/account", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion", "admin"] },
  { path: () => "/admin/users", allow: ["admin"] },
  { path: () => "/admin/users/new", allow: ["admin"] },
  { path: () => `/admin/users/${subject.id}`, allow: ["admin"] },
  { path: () => "/admin/users/00000000-0000-0000-0000-000000000000", allow: [] },
  { path: () => "/admin/sign-in-events", allow: ["admin"] },
  { path: () => "/audit", allow: ["admin", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/audit/export", allow: ["admin", "bp3mi", "bp3miOtherRegion"] },
  // Registry: village roles in their village, BP3MI staff in their region, never admins.
  { path: () => "/registry", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/registry/export?format=csv", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => `/registry/people/${worker.id}`, allow: ["organizerA", "official", "bp3mi"] },
  { path: () => `/registry/people/${worker.id}/edit`, allow: ["organizerA", "official"] },
  { path: () => `/registry/people/${worker.id}/subject-export`, allow: ["organizerA", "official"] },
  { path: () => "/registry/people/new", allow: ["organizerA", "organizerB", "official"] },
  { path: () => "/registry/import", allow: ["organizerA", "organizerB", "official"] },
  { path: () => "/registry/welfare", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/registry/duplicates", allow: ["organizerA", "organizerB", "official"] },
  // Recruiter registry and rules: read by all staff, changed by BP3MI staff and admins.
  { path: () => "/recruiters", allow: STAFF },
  { path: () => "/recruiters/new", allow: ["bp3mi", "bp3miOtherRegion", "admin"] },
  { path: () => "/recruiters/agents", allow: STAFF },
  { path: () => "/rules", allow: STAFF },
  { path: () => "/reports", allow: STAFF },
  // Cases: organizers report; village roles read their village's, BP3MI staff their region's; admins set the deadlines only.
  { path: () => "/cases", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/cases/mine", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/cases/overdue", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/cases/reports", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/cases/export?format=csv", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/cases/new", allow: ["organizerA", "organizerB"] },
  { path: () => `/cases/${kase.id}`, allow: ["organizerA", "official", "bp3mi"] },
  { path: () => "/cases/00000000-0000-0000-0000-000000000000", allow: [] },
  { path: () => "/admin/case-deadlines", allow: ["admin"] },
  // Perdes (issue 7): village roles in their village, BP3MI staff in their region, never admins.
  { path: () => "/perdes", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/perdes/regulations", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/perdes/regulations/new", allow: ["official"] },
  { path: () => "/perdes/sessions", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/perdes/sessions/new", allow: ["organizerA", "organizerB", "official"] },
  { path: () => "/perdes/checklist-template", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => `/registry/placements/${trip.id}/verification`, allow: ["organizerA", "official", "bp3mi"] },
  { path: () => "/perdes/letters", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => `/perdes/letters/${letter.id}`, allow: ["organizerA", "official", "bp3mi"] },
  { path: () => `/perdes/letters/${letter.id}/pdf`, allow: ["organizerA", "official", "bp3mi"] },
  { path: () => "/perdes/monitoring", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/perdes/monitoring/export?list=departures&format=csv", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => `/perdes/scorecard/${VILLAGE_A}`, allow: ["organizerA", "official", "bp3mi"] },
  { path: () => "/perdes/scorecard/thresholds", allow: ["bp3mi", "bp3miOtherRegion"] },
  { path: () => "/perdes/village", allow: ["organizerA", "organizerB", "official"] },
  // Business groups (issue 6): village roles in their village, BP3MI staff in their region, never admins.
  { path: () => "/groups", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/groups/new", allow: ["organizerA", "organizerB", "official"] },
  { path: () => `/groups/${group.id}`, allow: ["organizerA", "official", "bp3mi"] },
  { path: () => `/groups/${group.id}/profile`, allow: ["organizerA", "official", "bp3mi"] },
  { path: () => "/groups/cooperatives", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/groups/village", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/groups/loans/late", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/groups/export", allow: ["organizerA", "organizerB", "official", "bp3mi", "bp3miOtherRegion"] },
  { path: () => "/admin/group-kinds", allow: ["admin"] },
  { path: () => "/perdes/scorecard/export?month=2026-11&format=xlsx", allow: ["official", "bp3mi", "bp3miOtherRegion"] },
];

const ROLE_OF: Record<Exclude<Actor, "anonymous">, { role: Role; villageCode?: string; regionCode?: string }> = {
  organizerA: { role: "ORGANIZER", villageCode: VILLAGE_A },
  organizerB: { role: "ORGANIZER", villageCode: VILLAGE_B },
  official: { role: "VILLAGE_OFFICIAL", villageCode: VILLAGE_A },
  bp3mi: { role: "BP3MI_STAFF", regionCode: "36.04" },
  bp3miOtherRegion: { role: "BP3MI_STAFF", regionCode: "36.01" },
  admin: { role: "ADMIN" },
};

async function statusOf(request: APIRequestContext, path: string): Promise<Expect | number> {
  const res = await request.get(path, { maxRedirects: 0 });
  if ([302, 303, 307, 308].includes(res.status())) {
    return (res.headers()["location"] ?? "").includes("/sign-in") ? "signin" : res.status();
  }
  if (res.status() === 200) return "allow";
  if (res.status() === 404) return "deny";
  return res.status();
}

test.beforeAll(async () => {
  subject = await createUser("ORGANIZER", { villageCode: VILLAGE_A });
  worker = await createTestPerson(e2eDb(), { villageCode: VILLAGE_A, name: `Matriks Uji ${subject.id.slice(0, 6)}` });
  kase = await createTestCase(e2eDb(), { villageCode: VILLAGE_A, personId: worker.id });
  await ensurePlacementReference(e2eDb());
  trip = await createTestPlacement(e2eDb(), { personId: worker.id, status: "VERIFIED" });
  letter = await createTestLetter(e2eDb(), { placementId: trip.id });
  group = await createTestGroup(e2eDb(), { villageCode: VILLAGE_A });
});

for (const actor of Object.keys({ anonymous: 1, ...ROLE_OF }) as Actor[]) {
  test(`staff pages as ${actor}`, async ({ page }) => {
    if (actor !== "anonymous") {
      const spec = ROLE_OF[actor];
      await signIn(page, await createUser(spec.role, spec));
    }
    const results: string[] = [];
    for (const p of PAGES) {
      const path = p.path();
      const expected: Expect = actor === "anonymous" ? "signin" : p.allow.includes(actor) ? "allow" : "deny";
      const got = await statusOf(page.request, path);
      if (got !== expected) results.push(`${path}: expected ${expected}, got ${got}`);
    }
    expect(results).toEqual([]);
  });
}
