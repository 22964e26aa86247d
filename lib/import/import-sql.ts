// The set-based statements of an import commit (lib/import/commit-import.ts), run in one
// transaction on the rows COPYed into the staging table `import_row`. Parameters:
//   $1 the actor's village code — every write and every match is limited to it
//   $2 actor id, $3 actor e-mail, $4 actor role, $5 client IP (for the audit entries)
// New ids are written NEW_UUID(): commit-import.ts puts in uuidv7() where the server has it
// (PostgreSQL 18: time-ordered, so 100,000 new keys land at the end of each primary-key
// index instead of all over it) and gen_random_uuid() otherwise.
// Audit entries mirror what the form's data functions write (writeAudit + maskForAudit):
// the NIK masked as 3604••••••••0001, dates as ISO timestamps, an update lists only the
// fields it changed.

export const CREATE_STAGING = `
CREATE TEMP TABLE import_row (
  line int NOT NULL,
  nik text NOT NULL,
  name text NOT NULL,
  sex "Sex" NOT NULL,
  birth_place text NOT NULL,
  birth_date date NOT NULL,
  address text, dusun text, rt text, rw text, phone text,
  education "Education",
  marital_status "MaritalStatus",
  kk_number text,
  relation "FamilyRelation",
  country_code text, job_code text, recruiter_name text,
  departure_date date
) ON COMMIT DROP`;

export const INDEX_STAGING = `CREATE UNIQUE INDEX ON import_row (nik); CREATE INDEX ON import_row (kk_number); ANALYZE import_row`;

const ISO_DAY = (col: string) => `CASE WHEN ${col} IS NULL THEN NULL ELSE to_char(${col}, 'YYYY-MM-DD') || 'T00:00:00.000Z' END`;
const AUDIT_COLUMNS = `"actorId", "actorEmail", "actorRole", action, entity, "entityId", "villageCode", before, after, ip`;

/**
 * The person fields an import writes: the staging column, and whether an empty cell keeps
 * the stored value (every optional field: an import never erases what is there).
 */
const FIELDS = [
  { col: "name", staged: "r.name", keep: false },
  { col: "sex", staged: "r.sex", keep: false },
  { col: "birthPlace", staged: "r.birth_place", keep: false },
  { col: "birthDate", staged: "r.birth_date", keep: false },
  { col: "address", staged: "r.address", keep: true },
  { col: "dusun", staged: "r.dusun", keep: true },
  { col: "rt", staged: "r.rt", keep: true },
  { col: "rw", staged: "r.rw", keep: true },
  { col: "phone", staged: "r.phone", keep: true },
  { col: "education", staged: "r.education", keep: true },
  { col: "maritalStatus", staged: "r.marital_status", keep: true },
  { col: "householdId", staged: "h.id", keep: true },
  { col: "relationToHead", staged: "r.relation", keep: true },
] as const;

const q = (c: string) => (/[A-Z]/.test(c) ? `"${c}"` : c);
const jsonValue = (alias: string, col: string) => (col === "birthDate" ? ISO_DAY(`${alias}."birthDate"`) : `${alias}.${q(col)}`);
/** The import's fields of row `alias` as audit JSON. */
const FIELDS_JSON = (alias: string) => `jsonb_build_object(${FIELDS.map((f) => `'${f.col}', ${jsonValue(alias, f.col)}`).join(", ")})`;
const NEW_VALUE = (f: (typeof FIELDS)[number]) => (f.keep ? `COALESCE(${f.staged}, p.${q(f.col)})` : f.staged);

export const INSERT_HOUSEHOLDS = `
CREATE TEMP TABLE import_household ON COMMIT DROP AS
WITH ins AS (
  INSERT INTO "Household" (id, "villageCode", "kkNumber", address, dusun, rt, rw, "updatedAt")
  SELECT NEW_UUID(), $1, k.kk_number, k.address, k.dusun, k.rt, k.rw, now()
  FROM (
    SELECT DISTINCT ON (kk_number) kk_number, address, dusun, rt, rw
    FROM import_row WHERE kk_number IS NOT NULL
    ORDER BY kk_number, (relation = 'HEAD') DESC NULLS LAST, line
  ) k
  ON CONFLICT ("kkNumber") DO NOTHING
  RETURNING id, "kkNumber"
) SELECT * FROM ins`;

/** Rows whose KK belongs to another village now (it did not at the preview). */
export const COUNT_FOREIGN_KK = `
SELECT count(*)::int AS n FROM import_row r JOIN "Household" h ON h."kkNumber" = r.kk_number WHERE h."villageCode" <> $1`;

/** The actor's village's people the file matches, as they are before the import, locked until the commit. */
export const SNAPSHOT_BEFORE = `
CREATE TEMP TABLE import_before ON COMMIT DROP AS
WITH locked AS (
  SELECT p.id, p.nik, ${FIELDS.map((f) => `p.${q(f.col)}`).join(", ")}
  FROM "Person" p JOIN import_row r ON r.nik = p.nik
  WHERE p."villageCode" = $1
  FOR UPDATE OF p
) SELECT * FROM locked`;

export const INDEX_BEFORE = `CREATE UNIQUE INDEX ON import_before (nik); ANALYZE import_before`;

/**
 * People already in the village: updated field by field; an update that changes nothing is
 * no update (no version bump, no audit entry) and counts as "unchanged".
 */
export const UPDATE_PEOPLE = `
CREATE TEMP TABLE import_updated ON COMMIT DROP AS
WITH up AS (
  UPDATE "Person" p SET ${FIELDS.map((f) => `${q(f.col)} = ${NEW_VALUE(f)}`).join(", ")}, version = p.version + 1, "updatedAt" = now()
  FROM import_row r
  JOIN import_before b ON b.nik = r.nik
  LEFT JOIN "Household" h ON h."kkNumber" = r.kk_number AND h."villageCode" = $1
  WHERE p.id = b.id
    AND ROW(${FIELDS.map((f) => `p.${q(f.col)}`).join(", ")}) IS DISTINCT FROM ROW(${FIELDS.map(NEW_VALUE).join(", ")})
  RETURNING p.id, p."householdId"
) SELECT * FROM up`;

/**
 * New people. A NIK that meanwhile got registered anywhere makes this fail with a unique
 * violation, which aborts the import. A new person's current placement is the one this
 * import creates for them (they have no other), so Person.current* is written right here.
 */
export const INSERT_PEOPLE = `
CREATE TEMP TABLE import_inserted ON COMMIT DROP AS
WITH ins AS (
  INSERT INTO "Person" (id, "villageCode", nik, ${FIELDS.map((f) => q(f.col)).join(", ")}, "createdById", "updatedAt",
    "currentPlacementId", "currentStatus", "currentCountryCode", "currentJobCode", "currentSector", "currentRecruiter", "currentChecklistComplete")
  SELECT NEW_UUID(), $1, r.nik, ${FIELDS.map((f) => f.staged).join(", ")}, $2::uuid, now(),
    m.new_id, CASE WHEN m.new_id IS NOT NULL THEN 'PROSPECTIVE'::"PlacementStatus" END, m.country_code, m.job_code, m.sector, m.recruiter_name,
    CASE WHEN m.new_id IS NOT NULL THEN false END
  FROM import_row r
  LEFT JOIN "Household" h ON h."kkNumber" = r.kk_number AND h."villageCode" = $1
  LEFT JOIN import_placement m ON m.nik = r.nik
  WHERE NOT EXISTS (SELECT 1 FROM import_before b WHERE b.nik = r.nik)
  ORDER BY r.line
  RETURNING id, nik, "householdId"
) SELECT * FROM ins`;

/** A household edited on its form is checked against updatedAt: people joining or leaving an existing one move it. */
export const TOUCH_HOUSEHOLDS = `
UPDATE "Household" h SET "updatedAt" = now()
WHERE h.id IN (
  SELECT u."householdId" FROM import_updated u JOIN import_before b ON b.id = u.id WHERE u."householdId" IS DISTINCT FROM b."householdId"
  UNION SELECT b."householdId" FROM import_updated u JOIN import_before b ON b.id = u.id WHERE u."householdId" IS DISTINCT FROM b."householdId"
  UNION SELECT i."householdId" FROM import_inserted i
) AND h.id NOT IN (SELECT id FROM import_household)`;

/** Households of the file with more than one head after the import (another import or a form was faster). */
export const COUNT_DOUBLE_HEADS = `
SELECT count(*)::int AS n FROM (
  SELECT p."householdId" FROM "Person" p
  WHERE p."relationToHead" = 'HEAD' AND p."householdId" IN (
    SELECT h.id FROM "Household" h WHERE h."villageCode" = $1 AND h."kkNumber" IN (SELECT kk_number FROM import_row))
  GROUP BY p."householdId" HAVING count(*) > 1
) d`;

const MASKED_NIK = `left(p.nik, 4) || repeat('•', 8) || right(p.nik, 4)`;

/** As person.create of the form writes it (AUDITED_PERSON_FIELDS; no passport or health notes on a new import). */
export const AUDIT_PEOPLE_CREATED = `
INSERT INTO "AuditLog" (${AUDIT_COLUMNS})
SELECT $2::uuid, $3, $4::"Role", 'person.create', 'Person', p.id::text, $1, NULL,
  jsonb_build_object('nik', ${MASKED_NIK}) || ${FIELDS_JSON("p")}
    || jsonb_build_object('passportNumber', NULL, 'healthNotes', NULL, 'villageCode', p."villageCode"), $5
FROM import_inserted i JOIN "Person" p ON p.id = i.id`;

/** Only the changed fields, before and after (the keys that stayed the same are removed from both). */
export const AUDIT_PEOPLE_UPDATED = `
INSERT INTO "AuditLog" (${AUDIT_COLUMNS})
SELECT $2::uuid, $3, $4::"Role", 'person.update', 'Person', p.id::text, $1, ${FIELDS_JSON("b")} - k.same, ${FIELDS_JSON("p")} - k.same, $5
FROM import_updated u
JOIN import_before b ON b.id = u.id
JOIN "Person" p ON p.id = u.id
CROSS JOIN LATERAL (
  SELECT array_remove(ARRAY[${FIELDS.map((f) => `CASE WHEN b.${q(f.col)} IS NOT DISTINCT FROM p.${q(f.col)} THEN '${f.col}' END`).join(", ")}], NULL) AS same
) k`;

export const AUDIT_HOUSEHOLDS_CREATED = `
INSERT INTO "AuditLog" (${AUDIT_COLUMNS})
SELECT $2::uuid, $3, $4::"Role", 'household.create', 'Household', h.id::text, $1, NULL,
  jsonb_build_object('kkNumber', h."kkNumber", 'address', h.address, 'dusun', h.dusun, 'rt', h.rt, 'rw', h.rw,
    'members', COALESCE(m.members, '[]'::jsonb)), $5
FROM import_household n
JOIN "Household" h ON h.id = n.id
LEFT JOIN (
  SELECT p."householdId", jsonb_agg(jsonb_build_object('personId', p.id, 'relation', p."relationToHead") ORDER BY p.name, p.id) AS members
  FROM "Person" p WHERE p."householdId" IN (SELECT id FROM import_household) GROUP BY p."householdId"
) m ON m."householdId" = h.id`;
