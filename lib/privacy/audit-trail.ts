// The audit entries of a data-subject export, as the person reads them: when (WIB), who
// (e-mail and role), what (action), and which fields changed. Pure.

type Json = unknown;

export type AuditTrailEntry = {
  id: string;
  at: Date;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changedFields: string[];
  before: Json;
  after: Json;
};

function keysOf(value: Json): string[] {
  return value && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
}

export function auditTrailEntry(row: {
  id: bigint;
  at: Date;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: Json;
  after: Json;
}): AuditTrailEntry {
  return {
    id: row.id.toString(),
    at: row.at,
    actorEmail: row.actorEmail,
    actorRole: row.actorRole,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    changedFields: [...new Set([...keysOf(row.before), ...keysOf(row.after)])],
    before: row.before ?? null,
    after: row.after ?? null,
  };
}

/** The duplicate ids recorded in "person.merge" entries (after.duplicateId). */
export function mergedIdsFrom(afters: Json[]): string[] {
  const ids: string[] = [];
  for (const a of afters) {
    const id = a && typeof a === "object" && !Array.isArray(a) ? (a as Record<string, Json>).duplicateId : undefined;
    if (typeof id === "string" && /^[0-9a-f-]{36}$/i.test(id)) ids.push(id);
  }
  return ids;
}
