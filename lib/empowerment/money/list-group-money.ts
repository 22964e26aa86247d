import "server-only";
import type { Actor } from "@/lib/authz";
import { listGroupAid, type AidRow } from "./aid";
import { listGroupLoans, type LoanView } from "./loans";
import { listGroupSales, type SalesRow } from "./sales";

export type GroupMoney = {
  aid: { grants: AidRow[]; totalRupiah: bigint };
  loans: LoanView[];
  sales: SalesRow[];
};

/**
 * A group's aid (newest first, with the total), loans (newest first, each with repayments
 * and its schedule today: status, outstanding, behind) and sales (newest month first), for
 * the charts and the printable profile. "group:read"; a group outside the scope is NotFound.
 */
export async function listGroupMoney(actor: Actor, groupId: string, opts: { now?: Date } = {}): Promise<GroupMoney> {
  const [aid, loans, sales] = await Promise.all([listGroupAid(actor, groupId), listGroupLoans(actor, groupId, opts), listGroupSales(actor, groupId)]);
  return { aid, loans, sales };
}
