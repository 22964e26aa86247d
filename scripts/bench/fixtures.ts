// What each scenario asks for, picked from the bench database the same way every run (the
// data is deterministic, so are these): a misspelled common name, a NIK, a person with a
// long history, and the cursor of a page 90% of the way down the list, computed with the
// list's own cursor encoding and order (name, id).

import pg from "pg";
import type { Actor } from "../../lib/authz/roles";
import { encodePeopleCursor } from "../../lib/registry/cursor";
import type { BenchRole } from "./bench-users";

export type RoleFixture = {
  role: BenchRole;
  email: string;
  actor: Actor;
  /** SQL condition on "Person" p for this role's villages (as villageScope says). */
  scopeSql: string;
  scopeValue: string;
  people: number;
  deepCursor: string;
  /** Id of the first row the deep page must show. */
  deepFirstId: string;
};

export type Fixtures = {
  nameQuery: string;
  nameQueryFrom: string;
  nik: string;
  personId: string;
  personName: string;
  roles: RoleFixture[];
};

/**
 * A plausible typing mistake: a doubled consonant in the last word (Aminah → Aminnah), or a
 * dropped final h (Fatimah → Fatima). Fuzzy search must still find the right people.
 */
export function misspell(name: string): string {
  const words = name.split(" ");
  const last = words[words.length - 1]!;
  const m = /^(.+?[aiueo])([mnlr])([aiueo].*)$/i.exec(last);
  words[words.length - 1] = m ? `${m[1]}${m[2]}${m[2]}${m[3]}` : last.endsWith("h") ? last.slice(0, -1) : `${last}h`;
  return words.join(" ");
}

export async function pickFixtures(
  client: pg.Client,
  users: readonly { role: BenchRole; email: string; villageCode: string | null; regionCode: string | null }[],
  depth = 0.9,
): Promise<Fixtures> {
  const village = users.find((u) => u.villageCode)?.villageCode;
  if (!village) throw new Error("No village-scoped bench user");

  // The most common two-word name of the organizer's village whose last word takes the
  // doubled-consonant typo (e.g. "Sri Aminah" → "Sri Aminnah").
  const common = await client.query<{ name: string }>(
    `SELECT name FROM "Person" WHERE "villageCode" = $1 AND name ~ '^[A-Z][a-z]+ [A-Z][a-z]*[aiueo][mnlr][aiueo][a-z]*$'
     GROUP BY name ORDER BY count(*) DESC, name LIMIT 1`,
    [village],
  );
  const nameQueryFrom = common.rows[0]?.name;
  if (!nameQueryFrom) throw new Error(`No people in ${village}: run npm run db:seed:scale first.`);

  // A worker of that village with the longest record (most placements), plain-letter name.
  const person = await client.query<{ id: string; nik: string; name: string }>(
    `SELECT p.id::text AS id, p.nik, p.name FROM "Person" p JOIN "Placement" pl ON pl."personId" = p.id
      WHERE p."villageCode" = $1 AND pl."villageCode" = $1 AND p.name ~ '^[A-Za-z ]+$'
      GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1`,
    [village],
  );
  const chosen = person.rows[0];
  if (!chosen) throw new Error(`No worker with placements in ${village}`);

  const roles: RoleFixture[] = [];
  for (const u of users) {
    const [scopeSql, scopeValue] = u.villageCode ? [`p."villageCode" = $1`, u.villageCode] : [`p."villageCode" LIKE $1`, `${u.regionCode}.%`];
    const count = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Person" p WHERE ${scopeSql}`, [scopeValue]);
    const people = count.rows[0]!.n;
    const offset = Math.floor(people * depth);
    const rows = await client.query<{ name: string; id: string }>(
      `SELECT p.name, p.id::text AS id FROM "Person" p WHERE ${scopeSql} ORDER BY p.name, p.id OFFSET $2 LIMIT 2`,
      [scopeValue, offset],
    );
    const [at, next] = rows.rows;
    if (!at || !next) throw new Error(`Not enough people in scope ${scopeValue} for a deep page`);
    roles.push({
      role: u.role,
      email: u.email,
      actor: {
        id: "00000000-0000-4000-8000-000000000000",
        email: u.email,
        name: u.email,
        role: u.role,
        villageCode: u.villageCode,
        regionCode: u.regionCode,
        sessionId: "00000000-0000-4000-8000-000000000000",
        mustChangePassword: false,
      },
      scopeSql,
      scopeValue,
      people,
      deepCursor: encodePeopleCursor({ key: at.name, id: at.id }),
      deepFirstId: next.id,
    });
  }
  return { nameQuery: misspell(nameQueryFrom), nameQueryFrom, nik: chosen.nik, personId: chosen.id, personName: chosen.name, roles };
}
