-- Region-wide name search (docs/decisions/017): a spelling key that folds the usual variants
-- of Indonesian names onto one form, so that a btree range finds them among a million people
-- where a trigram scan cannot (docs/benchmarks.md, 2026-11-29). Rules, in this order:
-- lower case; anything but letters and digits is a space; old spelling oe→u, dj→j, tj→c,
-- ch→kh; a y between vowels is dropped (Sumiyati→Sumiati); doubled letters are single
-- (Aminnah→Aminah); a final h of a word is dropped (Aminah→Amina); a final y is i (Rudy→Rudi).
-- "Sri Aminnah", "SRI AMINA" and "Sri Aminah" all become "sri amina".
CREATE FUNCTION "person_name_key"(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN btrim(regexp_replace(
  regexp_replace(regexp_replace(regexp_replace(regexp_replace(
  regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    lower(name), '[^a-z0-9]+', ' ', 'g'),
    'oe', 'u', 'g'), 'dj', 'j', 'g'), 'tj', 'c', 'g'), 'ch', 'kh', 'g'),
    '([aiueo])y([aiueo])', '\1\2', 'g'),
    '([a-z])\1+', '\1', 'g'),
    'h\M', '', 'g'),
    'y\M', 'i', 'g'),
  ' +', ' ', 'g'));

-- Prefix search on the key, in key then name order; the village code rides along so that a
-- region's scope and the capped count need no visit to the table.
CREATE INDEX "Person_name_key_idx" ON "Person" (("person_name_key"("name")) COLLATE "C", "name", "id") INCLUDE ("villageCode");
