// The current placement columns of an import, in bulk (see import-sql.ts for the parameters).
//
// A row's placement is matched to the person's open trip to the same country in the same
// job (not cancelled, not returned; departure dates equal, or one of them unknown): a
// re-import updates it instead of adding a second one. Otherwise a new placement is created
// the way createPlacement does: status PROSPECTIVE (only a village official verifies; the
// import is no way around that), the thirteen checklist items MISSING, channel P3MI when a
// recruiting company is named, else INDEPENDENT.
//
// Person.current* of people already registered are then set with the same rule as
// refreshCurrentPlacement (lib/placements/refresh-current-placement.ts): the latest
// non-cancelled placement by departure date (undated last), then newest record; the latest
// one when all are cancelled. Written directly in SQL here because calling it once per
// person would take minutes for 100,000 rows.

const AUDIT_COLUMNS = `"actorId", "actorEmail", "actorRole", action, entity, "entityId", "villageCode", before, after, ip`;
const ISO_DAY = (col: string) => `CASE WHEN ${col} IS NULL THEN NULL ELSE to_char(${col}, 'YYYY-MM-DD') || 'T00:00:00.000Z' END`;

/** AUDITED_PLACEMENT_FIELDS of lib/placements/placement-access.ts. */
const PLACEMENT_JSON = (p: string) => `jsonb_build_object(
  'id', ${p}.id, 'personId', ${p}."personId", 'villageCode', ${p}."villageCode", 'status', ${p}.status, 'countryCode', ${p}."countryCode",
  'jobCode', ${p}."jobCode", 'employer', ${p}.employer, 'recruiterName', ${p}."recruiterName", 'agentName', ${p}."agentName",
  'agentPhone', ${p}."agentPhone", 'sip2miNumber', ${p}."sip2miNumber", 'channel', ${p}.channel,
  'contractStart', ${ISO_DAY(`${p}."contractStart"`)}, 'contractEnd', ${ISO_DAY(`${p}."contractEnd"`)},
  'departureDate', ${ISO_DAY(`${p}."departureDate"`)}, 'returnDate', ${ISO_DAY(`${p}."returnDate"`)},
  'contactAbroadName', ${p}."contactAbroadName", 'contactAbroadPhone', ${p}."contactAbroadPhone",
  'checklistComplete', ${p}."checklistComplete", 'version', ${p}.version)`;

/** Before the people are written: which rows continue an existing trip, and ids for the new ones. */
export const MATCH_PLACEMENTS = `
CREATE TEMP TABLE import_placement ON COMMIT DROP AS
SELECT r.line, r.nik, b.id AS person_id, r.country_code, r.job_code, j.sector, r.recruiter_name, r.departure_date,
  (SELECT pl.id FROM "Placement" pl
   WHERE pl."personId" = b.id AND pl."countryCode" = r.country_code AND pl."jobCode" = r.job_code
     AND pl.status NOT IN ('CANCELLED', 'RETURNED')
     AND (pl."departureDate" IS NULL OR r.departure_date IS NULL OR pl."departureDate" = r.departure_date)
   ORDER BY pl."createdAt" DESC, pl.id DESC LIMIT 1) AS existing_id,
  NULL::uuid AS new_id
FROM import_row r
JOIN "Job" j ON j.code = r.job_code
LEFT JOIN import_before b ON b.nik = r.nik
WHERE r.country_code IS NOT NULL;
UPDATE import_placement SET new_id = NEW_UUID() WHERE existing_id IS NULL;
CREATE INDEX ON import_placement (nik);
ANALYZE import_placement`;

/** After the people are written: the new people's ids. */
export const LINK_NEW_PEOPLE = `
UPDATE import_placement m SET person_id = i.id FROM import_inserted i WHERE i.nik = m.nik AND m.person_id IS NULL`;

/** An existing trip gets the recruiter and, when it had none, the departure date. */
export const UPDATE_PLACEMENTS = `
CREATE TEMP TABLE import_placement_updated ON COMMIT DROP AS
WITH old AS (
  SELECT pl.id, ${PLACEMENT_JSON("pl")} AS data FROM "Placement" pl JOIN import_placement m ON m.existing_id = pl.id
), up AS (
  UPDATE "Placement" pl SET
    "recruiterName" = COALESCE(m.recruiter_name, pl."recruiterName"),
    "departureDate" = COALESCE(pl."departureDate", m.departure_date),
    version = pl.version + 1, "updatedAt" = now()
  FROM import_placement m
  WHERE m.existing_id = pl.id AND pl."villageCode" = $1
    AND (pl."recruiterName", pl."departureDate") IS DISTINCT FROM (COALESCE(m.recruiter_name, pl."recruiterName"), COALESCE(pl."departureDate", m.departure_date))
  RETURNING pl.id
) SELECT up.id, old.data AS before FROM up JOIN old ON old.id = up.id`;

export const INSERT_PLACEMENTS = `
CREATE TEMP TABLE import_placement_new ON COMMIT DROP AS
WITH ins AS (
  INSERT INTO "Placement" (id, "personId", "villageCode", status, "countryCode", "jobCode", "recruiterName", channel, "departureDate", "updatedAt")
  SELECT m.new_id, m.person_id, $1, 'PROSPECTIVE', m.country_code, m.job_code, m.recruiter_name,
    (CASE WHEN m.recruiter_name IS NULL THEN 'INDEPENDENT' ELSE 'P3MI' END)::"PlacementChannel", m.departure_date, now()
  FROM import_placement m WHERE m.new_id IS NOT NULL
  ORDER BY m.line
  RETURNING id, "personId"
) SELECT * FROM ins`;

/** $1 here: the checklist codes (REQUIREMENT_CODES of lib/placements/requirements.ts). */
export const INSERT_REQUIREMENTS = `
INSERT INTO "PlacementRequirement" ("placementId", code, status, "updatedAt")
SELECT n.id, c.code, 'MISSING', now() FROM import_placement_new n CROSS JOIN unnest($1::text[]) AS c(code) ORDER BY n.id, c.code`;

export const AUDIT_PLACEMENTS_CREATED = `
INSERT INTO "AuditLog" (${AUDIT_COLUMNS})
SELECT $2::uuid, $3, $4::"Role", 'placement.create', 'Placement', pl.id::text, $1, NULL, ${PLACEMENT_JSON("pl")}, $5
FROM import_placement_new n JOIN "Placement" pl ON pl.id = n.id`;

export const AUDIT_PLACEMENTS_UPDATED = `
INSERT INTO "AuditLog" (${AUDIT_COLUMNS})
SELECT $2::uuid, $3, $4::"Role", 'placement.update', 'Placement', u.id::text, $1, d.before, d.after, $5
FROM import_placement_updated u
JOIN "Placement" pl ON pl.id = u.id
CROSS JOIN LATERAL (SELECT ${PLACEMENT_JSON("pl")} AS data) a
CROSS JOIN LATERAL (
  SELECT jsonb_object_agg(e.key, u.before -> e.key) AS before, jsonb_object_agg(e.key, e.value) AS after
  FROM jsonb_each(a.data) e WHERE (u.before -> e.key) IS DISTINCT FROM e.value
) d`;

// Only people who were already registered need this: a new person got the import's placement
// as current with the insert. Rows whose values are already right are not touched.
export const REFRESH_CURRENT_PLACEMENT = `
UPDATE "Person" p SET
  "currentPlacementId" = c.id, "currentStatus" = c.status, "currentCountryCode" = c."countryCode", "currentJobCode" = c."jobCode",
  "currentSector" = c.sector, "currentRecruiter" = c."recruiterName", "currentChecklistComplete" = c."checklistComplete", "updatedAt" = now()
FROM (
  SELECT DISTINCT ON (pl."personId") pl."personId", pl.id, pl.status, pl."countryCode", pl."jobCode", j.sector, pl."recruiterName", pl."checklistComplete"
  FROM "Placement" pl JOIN "Job" j ON j.code = pl."jobCode"
  WHERE pl."personId" IN (
    SELECT m.person_id FROM import_placement m JOIN import_before b ON b.id = m.person_id
    WHERE m.new_id IS NOT NULL OR m.existing_id IN (SELECT id FROM import_placement_updated))
  ORDER BY pl."personId", (pl.status = 'CANCELLED'), pl."departureDate" DESC NULLS LAST, pl."createdAt" DESC, pl.id DESC
) c
WHERE p.id = c."personId"
  AND (p."currentPlacementId", p."currentStatus", p."currentCountryCode", p."currentJobCode", p."currentSector", p."currentRecruiter", p."currentChecklistComplete")
      IS DISTINCT FROM (c.id, c.status, c."countryCode", c."jobCode", c.sector, c."recruiterName", c."checklistComplete")`;
