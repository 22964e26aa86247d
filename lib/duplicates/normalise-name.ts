// How two spellings of a name are compared when looking for duplicates: lower case, accents
// removed, runs of spaces collapsed, trimmed ("  Siti  Aminah" = "siti aminah" = "Sîti Aminah").
// NAME_KEY_SQL is the same rule in PostgreSQL (unaccent extension, from the init migration),
// used by list-duplicates.ts; an integration test checks that both agree.

export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The SQL form of normaliseName for a column or expression (no user input goes in here). */
export function nameKeySql(column: string): string {
  return `btrim(regexp_replace(lower(unaccent(${column})), '\\s+', ' ', 'g'))`;
}
