import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { assertCan, ForbiddenError, type Actor } from "@/lib/authz";
import { REQUIREMENT_CODES } from "@/lib/placements/requirements";
import { STAGING_COLUMNS } from "./copy-format";
import * as sql from "./import-sql";
import type { CommitStep, ImportResult, ImportStatus } from "./import-status";
import { importPaths, removeWorkingFiles } from "./job-store";
import { importPool } from "./pg-pool";
import * as placementSql from "./placement-sql";
import { ProgressWriter } from "./progress-writer";

// Step 3 of an import, after the user confirmed the preview: the valid rows (rows.copy)
// go into a temporary table with COPY, and a few set-based statements upsert households,
// people and placements, write one audit entry per record and one for the import, all in
// ONE transaction: the import commits completely or not at all. Matches are by NIK and
// limited to the actor's village; a NIK or KK that meanwhile appeared in another village,
// or a household that ends up with two heads, aborts everything ("changed": check again).

/** The registry changed between the preview and the commit in a way the import cannot resolve. */
export class ImportChangedError extends Error {
  constructor(public readonly detail: string) {
    super(`import: registry changed since the preview (${detail})`);
    this.name = "ImportChangedError";
  }
}

// Share of the progress bar each step takes (COPY by bytes, the rest in order).
const STEP_RANGE: Record<CommitStep, [number, number]> = {
  copy: [0, 30],
  households: [30, 40],
  people: [40, 70],
  placements: [70, 85],
  audit: [85, 99],
};

export type CommitMeta = { ip?: string | null };

/** The client with NEW_UUID() filled in; LONTAR_IMPORT_TIMING=1 logs each statement's duration (npm run bench:import). */
function timed(client: pg.PoolClient, rewrite: (text: string) => string): Pick<pg.PoolClient, "query"> {
  return {
    query: ((...args: unknown[]) => {
      const query = client.query as (...a: unknown[]) => Promise<unknown>;
      if (typeof args[0] !== "string") return query.apply(client, args); // COPY: a stream
      const text = rewrite(args[0]);
      return logged(text, () => query.apply(client, [text, ...args.slice(1)]));
    }) as pg.PoolClient["query"],
  };
}

async function logged<T>(text: string, run: () => Promise<T>): Promise<T> {
  if (process.env.LONTAR_IMPORT_TIMING !== "1") return run();
  const t = performance.now();
  try {
    return await run();
  } finally {
    console.log(`[import-timing] ${(performance.now() - t).toFixed(0).padStart(6)} ms  ${text.replace(/\s+/g, " ").trim().slice(0, 70)}`);
  }
}

export async function commitImport(actor: Actor, status: ImportStatus, meta: CommitMeta = {}): Promise<ImportStatus> {
  assertCan(actor, "registry:import");
  const villageCode = actor.villageCode;
  if (!villageCode || villageCode !== status.villageCode || actor.id !== status.ownerId) throw new ForbiddenError("registry:import");
  if (!status.preview) throw new Error("commitImport: no preview");

  const paths = importPaths(status.id, status.kind);
  const progress = new ProgressWriter(status);
  const step = (name: CommitStep, fraction = 0) => {
    const [from, to] = STEP_RANGE[name];
    progress.progress({ done: Math.round(from + (to - from) * fraction), total: 100, step: name });
  };
  const params = [villageCode, actor.id, actor.email, actor.role, meta.ip ?? null];

  const pooled = await importPool().connect();
  const uuid = (await pooled.query<{ v7: boolean }>(`SELECT to_regprocedure('uuidv7()') IS NOT NULL AS v7`)).rows[0]!.v7 ? "uuidv7()" : "gen_random_uuid()";
  const client = timed(pooled, (text) => text.replaceAll("NEW_UUID()", uuid));
  let broken = false;
  try {
    await client.query("BEGIN");
    // Joins and sorts over 100,000 staged rows stay in memory.
    await client.query("SET LOCAL work_mem = '64MB'");
    await client.query(sql.CREATE_STAGING);

    step("copy");
    const size = (await stat(paths.rows)).size;
    let copied = 0;
    const source = createReadStream(paths.rows, { highWaterMark: 256 * 1024 });
    source.on("data", (chunk) => {
      copied += chunk.length;
      step("copy", size ? copied / size : 1);
    });
    try {
      await logged("COPY import_row", () => pipeline(source, client.query(copyFrom(`COPY import_row (${STAGING_COLUMNS.join(", ")}) FROM STDIN`))));
    } catch (error) {
      broken = true; // a COPY cut off half-way leaves the connection unusable
      throw error;
    }
    await client.query(sql.INDEX_STAGING);

    step("households");
    const households = await client.query(sql.INSERT_HOUSEHOLDS, [villageCode]);

    step("people");
    await client.query(sql.SNAPSHOT_BEFORE, [villageCode]);
    await client.query(sql.INDEX_BEFORE);
    await client.query(placementSql.MATCH_PLACEMENTS);
    await client.query(sql.UPDATE_PEOPLE, [villageCode]);
    step("people", 0.3);
    try {
      await client.query(sql.INSERT_PEOPLE, [villageCode, actor.id]);
    } catch (error) {
      // Someone registered one of these NIKs (in any village) after the preview.
      if ((error as { code?: string }).code === "23505") throw new ImportChangedError("nikTaken");
      throw error;
    }
    const foreignKk = await client.query<{ n: number }>(sql.COUNT_FOREIGN_KK, [villageCode]);
    if (foreignKk.rows[0]!.n > 0) throw new ImportChangedError("kkOtherVillage");
    const heads = await client.query<{ n: number }>(sql.COUNT_DOUBLE_HEADS, [villageCode]);
    if (heads.rows[0]!.n > 0) throw new ImportChangedError("headTwice");
    await client.query(sql.TOUCH_HOUSEHOLDS);

    step("placements");
    await client.query(placementSql.LINK_NEW_PEOPLE);
    const updatedPlacements = await client.query(placementSql.UPDATE_PLACEMENTS, [villageCode]);
    const newPlacements = await client.query(placementSql.INSERT_PLACEMENTS, [villageCode]);
    await client.query(placementSql.INSERT_REQUIREMENTS, [[...REQUIREMENT_CODES]]);
    await client.query(placementSql.REFRESH_CURRENT_PLACEMENT);

    step("audit");
    const counts = await client.query<{ created: number; updated: number; matched: number }>(
      `SELECT (SELECT count(*) FROM import_inserted)::int AS created, (SELECT count(*) FROM import_updated)::int AS updated,
              (SELECT count(*) FROM import_before)::int AS matched`,
    );
    const { created, updated, matched } = counts.rows[0]!;
    await client.query(sql.AUDIT_HOUSEHOLDS_CREATED, params);
    step("audit", 0.2);
    await client.query(sql.AUDIT_PEOPLE_CREATED, params);
    step("audit", 0.5);
    await client.query(sql.AUDIT_PEOPLE_UPDATED, params);
    step("audit", 0.8);
    await client.query(placementSql.AUDIT_PLACEMENTS_CREATED, params);
    await client.query(placementSql.AUDIT_PLACEMENTS_UPDATED, params);

    const result: ImportResult = {
      created,
      updated,
      unchanged: matched - updated,
      households: households.rowCount ?? 0,
      placements: (newPlacements.rowCount ?? 0) + (updatedPlacements.rowCount ?? 0),
      skipped: status.preview.errorRows,
    };
    await client.query(
      `INSERT INTO "AuditLog" ("actorId", "actorEmail", "actorRole", action, entity, "entityId", "villageCode", after, ip)
       VALUES ($2::uuid, $3, $4::"Role", 'registry.import', 'Import', $6, $1, $7::jsonb, $5)`,
      [
        ...params,
        status.id,
        JSON.stringify({
          fileName: status.fileName,
          format: status.kind,
          rows: status.preview.rows,
          ...result,
          placementsCreated: newPlacements.rowCount ?? 0,
          placementsUpdated: updatedPlacements.rowCount ?? 0,
        }),
      ],
    );
    await client.query("COMMIT");

    const done: ImportStatus = { ...progress.current, stage: "done", progress: null, result, failure: null };
    await progress.finish(done);
    await removeWorkingFiles(status);
    return done;
  } catch (error) {
    if (!broken) await client.query("ROLLBACK").catch(() => undefined);
    // Nothing was written; the job runner records the failure and the page offers to check again.
    await progress.stop();
    throw error;
  } finally {
    pooled.release(broken);
  }
}
