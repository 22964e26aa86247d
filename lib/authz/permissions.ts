import { isRole, type Role } from "./roles";

// The one permission map: role → what it may do. Anything not listed is denied,
// and so is an unknown role or permission (fail-closed). Features add their actions here.
export const PERMISSIONS = {
  "staff:home": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF", "ADMIN"],
  "account:manage-own": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF", "ADMIN"],
  "user:read": ["ADMIN"],
  "user:create": ["ADMIN"],
  "user:update": ["ADMIN"],
  "user:disable": ["ADMIN"],
  "user:reset-password": ["ADMIN"],
  "signin-event:read": ["ADMIN"],
  "audit:read": ["ADMIN", "BP3MI_STAFF"],
  "village:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF", "ADMIN"],

  // Registry (pendataan). Admins run the system and do not browse people (UU PDP: need to know).
  "person:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  "person:write": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  /** NIK and passport number in clear, as part of daily work in the village. */
  "person:read-identifiers": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  /** Show one masked NIK or passport number; every reveal is audited. */
  "person:reveal-identifiers": ["BP3MI_STAFF"],
  /** Health details are specific personal data: masked for everyone, revealed one at a time, audited. */
  "person:reveal-health": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  "person:merge": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  "person:subject-export": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  "person:transfer-request": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  "person:transfer-decide": ["VILLAGE_OFFICIAL"],
  "consent:write": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  "placement:write": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  /** Status PROSPECTIVE → VERIFIED, and marking checklist items verified. */
  "placement:verify": ["VILLAGE_OFFICIAL"],
  "checkin:write": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  "registry:import": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  "registry:export": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],

  // Recruiter registry, rule data and reports of suspicious recruiters (issue 5).
  "recruiter:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF", "ADMIN"],
  "recruiter:write": ["BP3MI_STAFF", "ADMIN"],
  "rules:write": ["BP3MI_STAFF", "ADMIN"],
  /** Reports are scoped by their village: village roles see their own, BP3MI their region. */
  "report:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF", "ADMIN"],
  "report:handle": ["BP3MI_STAFF", "ADMIN"],
  // Cases (issue 4). Scoped by the worker's village: village roles see their own, BP3MI staff
  // their region. Admins run the system and do not read complaints (UU PDP: need to know).
  "case:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  "case:report": ["ORGANIZER"],
  /** Internal notes and comments on the timeline. */
  "case:note": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  /** Notes the family sees with the tracking code and PIN. */
  "case:note-shareable": ["ORGANIZER", "BP3MI_STAFF"],
  /** Add information to the intake (worker, reporter, what happened) and documents. */
  "case:add-info": ["ORGANIZER", "BP3MI_STAFF"],
  "case:attach": ["ORGANIZER", "BP3MI_STAFF"],
  "case:verify": ["BP3MI_STAFF"],
  "case:assign": ["BP3MI_STAFF"],
  "case:mediate": ["BP3MI_STAFF"],
  "case:refer": ["BP3MI_STAFF"],
  "case:resolve": ["BP3MI_STAFF"],
  "case:close": ["BP3MI_STAFF"],
  "case:reopen": ["BP3MI_STAFF"],
  "case:claim": ["BP3MI_STAFF"],
  "case:export": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  /** The due times of each step. */
  "case:deadlines": ["ADMIN"],
  // Perdes compliance (issue 7). Village roles in their village, BP3MI staff in their region.
  /** The village's regulations (also public, read without an account). */
  "regulation:write": ["VILLAGE_OFFICIAL"],
  /** The village's pre-departure checklist template. */
  "checklist-template:write": ["VILLAGE_OFFICIAL"],
  "departure-check:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  "departure-check:write": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  "letter:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  /** The recommendation / family-consent letter is the village government's act. */
  "letter:issue": ["VILLAGE_OFFICIAL"],
  "letter:revoke": ["VILLAGE_OFFICIAL"],
  "session:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  "session:write": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  "monitoring:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  "scorecard:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  /** The "Desa PMI Prosedural" thresholds of the actor's region. */
  "scorecard:thresholds": ["BP3MI_STAFF"],
  "scorecard:export": ["VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  /** The village's office contacts (shown to villagers) and its letters' letterhead, signer and number code. */
  "village:profile-write": ["VILLAGE_OFFICIAL"],

  // Empowerment (issue 6): business groups of returned workers, scoped by the group's village.
  "group:read": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  /** Groups, members, trainings, aid, loans and sales. */
  "group:write": ["ORGANIZER", "VILLAGE_OFFICIAL"],
  "group:export": ["ORGANIZER", "VILLAGE_OFFICIAL", "BP3MI_STAFF"],
  /** The list of kinds of group (reference data). */
  "group-kind:write": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: unknown, permission: unknown): boolean {
  if (!isRole(role) || typeof permission !== "string") return false;
  if (!Object.hasOwn(PERMISSIONS, permission)) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission as Permission];
  return allowed.includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
