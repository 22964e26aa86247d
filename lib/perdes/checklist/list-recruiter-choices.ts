import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { listRecruiters } from "@/lib/recruiters/list-recruiters";

export type RecruiterChoice = { id: string; name: string; licenceNumber: string; status: "ACTIVE" | "SUSPENDED" | "REVOKED" };

/**
 * The registry entries a RECRUITER_CHECK may pick: those matching the search (or, with none,
 * the company written on the placement), plus the ones already linked (the placement's and
 * the check's own), so the current choice is always there. The registry is read by every
 * staff role (recruiter:read); no village scope applies to it.
 */
export async function listRecruiterChoices(actor: Actor, opts: { q?: string | null; keepIds?: (string | null | undefined)[] }): Promise<RecruiterChoice[]> {
  assertCan(actor, "departure-check:write");
  const q = opts.q?.trim().slice(0, 100) || undefined;
  const found = q ? (await listRecruiters(actor, { q }, 25)).rows : [];
  const keep = [...new Set((opts.keepIds ?? []).filter((id): id is string => !!id))].filter((id) => !found.some((r) => r.id === id));
  const kept = keep.length ? await db.recruiter.findMany({ where: { id: { in: keep } }, select: { id: true, name: true, licenceNumber: true, status: true } }) : [];
  return [...kept, ...found].map((r) => ({ id: r.id, name: r.name, licenceNumber: r.licenceNumber, status: r.status }));
}
