import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkKkNumber, checkNik } from "@/lib/registry/nik";
import { isChecklistComplete, REQUIREMENT_CODES, type RequirementStatus } from "@/lib/placements/requirements";
import { copyLine, copyValue, type Cell } from "./copy-sink";
import {
  AUDIT_COLUMNS,
  CHECK_IN_COLUMNS,
  generateRegistry,
  HOUSEHOLD_COLUMNS,
  PERSON_COLUMNS,
  PLACEMENT_COLUMNS,
  REQUIREMENT_COLUMNS,
  type RegistrySinks,
} from "./generate";
import { spellingVariant } from "./names";
import { Rng } from "./prng";
import { BIGGEST_VILLAGE, buildRegions, type RegionRow } from "./regions";

type SinkName = keyof Required<RegistrySinks>;
type Rows = Record<SinkName, Record<string, Cell>[]>;

function collect(columns: Record<SinkName, readonly string[]>) {
  const rows: Rows = { household: [], person: [], placement: [], requirement: [], checkIn: [], audit: [] };
  const sinks = Object.fromEntries(
    (Object.keys(rows) as SinkName[]).map((k) => [
      k,
      {
        row: (values: readonly Cell[]) => {
          rows[k].push(Object.fromEntries(columns[k].map((c, i) => [c, values[i]])));
        },
        drain: async () => undefined,
      },
    ]),
  ) as RegistrySinks;
  return { rows, sinks };
}

const COLUMNS = { household: HOUSEHOLD_COLUMNS, person: PERSON_COLUMNS, placement: PLACEMENT_COLUMNS, requirement: REQUIREMENT_COLUMNS, checkIn: CHECK_IN_COLUMNS, audit: AUDIT_COLUMNS };

/** The reference rows of the migrations (Banten, Kab. Serang, Tirtayasa and neighbours). */
function migrationRegions(): RegionRow[] {
  const sql = readFileSync(path.join(process.cwd(), "prisma/migrations/20261129172656_regions_banten_reference/migration.sql"), "utf8");
  return [...sql.matchAll(/\('([\d.]+)', '([^']+)', (\d), (NULL|'[\d.]+')/g)].map((m) => ({
    code: m[1]!,
    name: m[2]!,
    level: Number(m[3]),
    parentCode: m[4] === "NULL" ? null : m[4]!.slice(1, -1),
  }));
}

/** Codes of the Country and Job reference rows, read from the registry migration. */
function referenceCodes(table: "Country" | "Job"): Set<string> {
  const sql = readFileSync(path.join(process.cwd(), "prisma/migrations/20261129173948_registry/migration.sql"), "utf8");
  const block = sql.slice(sql.indexOf(`INSERT INTO "${table}"`));
  const values = block.slice(0, block.indexOf(";"));
  return new Set([...values.matchAll(/\n {2}\('([A-Z_]+)'/g)].map((m) => m[1]!));
}

async function generate(seed: string, people = 4000, placements = 2400) {
  const regions = buildRegions(seed, 300, migrationRegions());
  const { rows, sinks } = collect(COLUMNS);
  const stats = await generateRegistry({ seed, people, placements, checklist: "active", regions }, sinks);
  return { rows, stats, regions };
}

let shared: ReturnType<typeof generate> | undefined;
/** One small registry shared by the tests that only read it. */
function generateSmall() {
  shared ??= generate("test-seed");
  return shared;
}

describe("synthetic registry", () => {
  it("is the same for the same seed and different for another", { timeout: 60_000 }, async () => {
    const a = await generateSmall();
    const b = await generate("test-seed");
    const c = await generate("other-seed", 200, 100);
    expect(b.rows.person.slice(0, 50)).toEqual(a.rows.person.slice(0, 50));
    expect(b.rows.placement.length).toBe(a.rows.placement.length);
    expect(c.rows.person[0]!.nik).not.toBe(a.rows.person[0]!.nik);
  });

  it("hits the requested counts", { timeout: 60_000 }, async () => {
    const { stats, rows } = await generateSmall();
    expect(stats.people).toBe(4000);
    expect(rows.person).toHaveLength(4000);
    expect(stats.placements).toBeLessThanOrEqual(2400);
    expect(stats.placements).toBeGreaterThan(2400 * 0.95);
    expect(stats.femaleWorkers / stats.workers).toBeGreaterThan(0.6);
  });

  it("writes valid, unique NIKs and KK numbers that match birth date and sex", async () => {
    const { rows } = await generateSmall();
    for (const p of rows.person) {
      const birth = new Date(`${p.birthDate as string}T00:00:00Z`);
      expect(checkNik(p.nik as string, birth, p.sex as "MALE" | "FEMALE"), `${p.nik} ${p.birthDate} ${p.sex}`).toBeNull();
    }
    expect(new Set(rows.person.map((p) => p.nik)).size).toBe(rows.person.length);
    for (const h of rows.household) expect(checkKkNumber(h.kkNumber as string)).toBeNull();
    expect(new Set(rows.household.map((h) => h.kkNumber)).size).toBe(rows.household.length);
  });

  it("keeps people in existing villages, with household members in their household's village", async () => {
    const { rows, regions } = await generateSmall();
    const villages = new Set(regions.villages.map((v) => v.code));
    const households = new Map(rows.household.map((h) => [h.id, h.villageCode]));
    for (const p of rows.person) {
      expect(villages.has(p.villageCode as string)).toBe(true);
      expect(households.get(p.householdId as string)).toBe(p.villageCode);
    }
    expect(villages.has("36.04.13.2007")).toBe(true);
    // Real desa from the migrations keep their codes; synthetic ones have the dotted shape.
    for (const v of villages) expect(v).toMatch(/^36\.\d{2}\.\d{2}\.[12]\d{3}$/);
  });

  it("makes the demo village the heaviest, so its organizer has the biggest village scope", () => {
    const { villages } = buildRegions("test-seed", 1500, migrationRegions());
    const [top] = [...villages].sort((a, b) => b.weight - a.weight);
    expect(top!.code).toBe(BIGGEST_VILLAGE);
    expect(villages.length).toBeGreaterThan(1400);
    expect(villages.length).toBeLessThan(1600);
  });

  it("writes placements the schema accepts, with dates that fit the worker", async () => {
    const { rows } = await generateSmall();
    const countries = referenceCodes("Country");
    const jobs = referenceCodes("Job");
    const people = new Map(rows.person.map((p) => [p.id, p]));
    for (const pl of rows.placement) {
      expect(countries.has(pl.countryCode as string), pl.countryCode as string).toBe(true);
      expect(jobs.has(pl.jobCode as string), pl.jobCode as string).toBe(true);
      const person = people.get(pl.personId as string)!;
      expect(pl.villageCode).toBe(person.villageCode);
      if (pl.contractStart && pl.contractEnd) expect(pl.contractEnd >= pl.contractStart).toBe(true);
      if (pl.departureDate) {
        const ageDays = (Date.parse(pl.departureDate as string) - Date.parse(person.birthDate as string)) / 86_400_000;
        expect(ageDays / 365.25).toBeGreaterThanOrEqual(18);
      }
      if (pl.status === "DEPARTED" || pl.status === "RETURNED") expect(pl.departureDate).not.toBeNull();
      if (pl.status === "RETURNED") expect(pl.returnDate! > pl.departureDate!).toBe(true);
      if (pl.status === "PROSPECTIVE") expect(pl.departureDate).toBeNull();
    }
  });

  it("sends workers where the national figures say (Hong Kong first, then Taiwan, Malaysia)", async () => {
    const { rows } = await generateSmall();
    const share = (code: string) => rows.placement.filter((p) => p.countryCode === code).length / rows.placement.length;
    expect(share("HK")).toBeGreaterThan(0.29);
    expect(share("HK")).toBeLessThan(0.38);
    expect(share("TW")).toBeGreaterThan(0.24);
    expect(share("TW")).toBeLessThan(0.33);
    expect(share("MY")).toBeGreaterThan(0.14);
    expect(share("MY")).toBeLessThan(0.21);
  });

  it("gives a placement all 13 checklist items or none, with checklistComplete as the rule says", async () => {
    const { rows } = await generateSmall();
    const byPlacement = new Map<string, { code: string; status: RequirementStatus }[]>();
    for (const r of rows.requirement) {
      const list = byPlacement.get(r.placementId as string) ?? [];
      list.push({ code: r.code as string, status: r.status as RequirementStatus });
      byPlacement.set(r.placementId as string, list);
    }
    expect(byPlacement.size).toBeGreaterThan(0);
    for (const pl of rows.placement) {
      const items = byPlacement.get(pl.id as string) ?? [];
      if (items.length) expect(items.map((i) => i.code).sort()).toEqual([...REQUIREMENT_CODES].sort());
      expect(pl.checklistComplete).toBe(items.length > 0 && isChecklistComplete(items));
      if (pl.status === "PROSPECTIVE" || pl.status === "VERIFIED") expect(items).toHaveLength(13);
    }
  });

  it("writes the audit entries the app would have written, with the NIK masked", async () => {
    const { rows } = await generateSmall();
    expect(rows.audit).toHaveLength(rows.person.length + rows.placement.length);
    const person = rows.audit.find((a) => a.action === "person.create")!;
    expect(person.after as string).toMatch(/"nik":"\d{4}•{8}\d{4}"/);
  });

  it("records check-ins only on trips abroad and keeps lastContactAt as the latest", async () => {
    const { rows } = await generateSmall();
    const latest = new Map<string, string>();
    for (const c of rows.checkIn) {
      const prev = latest.get(c.placementId as string);
      if (!prev || (c.contactedAt as string) > prev) latest.set(c.placementId as string, c.contactedAt as string);
    }
    for (const pl of rows.placement) {
      expect(pl.lastContactAt ?? undefined).toBe(latest.get(pl.id as string));
      if (latest.has(pl.id as string)) expect(pl.departureDate).not.toBeNull();
    }
  });
});

describe("COPY text format", () => {
  it("escapes what COPY would read as structure and writes \\N for null", () => {
    expect(copyValue(null)).toBe("\\N");
    expect(copyValue(undefined)).toBe("\\N");
    expect(copyValue(true)).toBe("t");
    expect(copyValue("a\tb\nc\\d\re")).toBe("a\\tb\\nc\\\\d\\re");
    expect(copyValue("Sa'adah")).toBe("Sa'adah");
    expect(copyLine(["x", null, 3])).toBe("x\t\\N\t3\n");
  });
});

describe("names", () => {
  it("makes spelling variants of common names", () => {
    const rng = new Rng(1);
    const variants = new Set(Array.from({ length: 40 }, () => spellingVariant("Siti Aminah", rng)));
    expect(variants.size).toBeGreaterThan(2);
    for (const v of variants) expect(v).not.toBe("Siti Aminah");
  });
});
