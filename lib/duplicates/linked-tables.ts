// Every relation between Person and another table, and what a merge does with it.
//
// A merge must keep every record linked to the duplicate (UU 27/2022: nothing about a
// person may be lost or silently dropped). When a later feature links a table to Person
// (cases, group memberships, aid received, ...), add it here and give merge-people.ts a
// mover for it. Two tests fail until you do:
//   - linked-tables.test.ts compares this list with the relations in the Prisma data model;
//   - merge-people.integration.test.ts compares it with the foreign keys in PostgreSQL.

/** A record that belongs to one person through `column` and moves to the kept person. */
export type MovedLink = { model: string; field: string; handling: "move"; column: string };
/** A foreign key on Person itself: the kept person keeps the value chosen on the merge form. */
export type PersonColumnLink = { model: string; field: string; handling: "person-column"; column: string };

export const LINKED_TABLES = [
  // Trips abroad; their checklist (PlacementRequirement) hangs off the placement and moves with it.
  { model: "Placement", field: "person", handling: "move", column: "personId" },
  // Welfare check-ins (also linked to their placement, which moves too).
  { model: "CheckIn", field: "person", handling: "move", column: "personId" },
  // Consent records (UU PDP): the proof of consent must survive the merge.
  { model: "Consent", field: "person", handling: "move", column: "personId" },
  // Requests from another village to take the person over.
  { model: "TransferRequest", field: "person", handling: "move", column: "personId" },
  // Household membership (Person.householdId, with relationToHead): chosen field by field.
  { model: "Household", field: "members", handling: "person-column", column: "householdId" },
  // The village: both people must be in the same one, so it never changes.
  { model: "Village", field: "people", handling: "person-column", column: "villageCode" },
  // Cases about the person (issue 4): the worker a complaint is about.
  { model: "Case", field: "person", handling: "move", column: "personId" },
  // Attendance at prevention sessions (issue 7); a session both attended stays one row.
  { model: "SessionAttendance", field: "person", handling: "move", column: "personId" },
  // Business group memberships (issue 6), with their history.
  { model: "GroupMember", field: "person", handling: "move", column: "personId" },
] as const satisfies readonly (MovedLink | PersonColumnLink)[];

export type MovedModel = Extract<(typeof LINKED_TABLES)[number], { handling: "move" }>["model"];

export const MOVED_LINKS = LINKED_TABLES.filter((l): l is Extract<(typeof LINKED_TABLES)[number], { handling: "move" }> => l.handling === "move");

/** The part of Prisma's data model (DMMF) this check reads. */
export type DataModelLike = {
  models: Record<string, { fields: readonly { name: string; kind: string; type: string }[] }>;
};

/** "Model.field" for every relation field, on any model, whose other side is Person. */
export function relationsToPerson(dataModel: DataModelLike): string[] {
  const found: string[] = [];
  for (const [model, { fields }] of Object.entries(dataModel.models)) {
    for (const f of fields) if (f.kind === "object" && f.type === "Person") found.push(`${model}.${f.name}`);
  }
  return found.sort();
}

export function declaredRelations(): string[] {
  return LINKED_TABLES.map((l) => `${l.model}.${l.field}`).sort();
}
