import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import type { RegionPlace } from "./format-region-path";

export type ActorScope =
  | { kind: "all" }
  /** The actor's village or region, from itself up to the province. */
  | { kind: "village" | "region"; code: string; path: RegionPlace[] }
  /** A village role without a village, or staff without a region: sees nothing. */
  | { kind: "none" };

const MAX_LEVELS = 4;

/**
 * Where the actor works, in names from the Region table, for "you work in Desa Lontar, …".
 * Reads only the actor's own village or region (reference data, no tenant rows), so no
 * village scope applies; an unknown code still shows the code rather than failing the page.
 */
export async function getActorScopeLabel(actor: Actor): Promise<ActorScope> {
  assertCan(actor, "staff:home");
  if (actor.role === "ADMIN") return { kind: "all" };
  const code = actor.role === "BP3MI_STAFF" ? actor.regionCode : actor.villageCode;
  if (!code) return { kind: "none" };

  // The codes of the region and its ancestors are its dotted prefixes: 36.04.13.2007 →
  // 36, 36.04, 36.04.13, 36.04.13.2007. One query instead of walking the tree.
  const parts = code.split(".").slice(0, MAX_LEVELS);
  const codes = parts.map((_, i) => parts.slice(0, i + 1).join("."));
  const rows = await db.region.findMany({ where: { code: { in: codes } }, select: { code: true, name: true, level: true } });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const path: RegionPlace[] = codes
    .map((c, i) => byCode.get(c) ?? (c === code ? { code: c, name: c, level: i + 1 } : null))
    .filter((r): r is RegionPlace => r !== null)
    .reverse();
  return { kind: actor.role === "BP3MI_STAFF" ? "region" : "village", code, path };
}
