import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayWib } from "@/lib/placements/dates";
import { UUID } from "@/lib/registry/schemas";
import { FieldError } from "@/lib/validation/errors";
import { monthOf } from "./format";
import { findScopedGroup, groupScope } from "./group-access";
import { deleteSalesSchema, recordSalesSchema, updateSalesSchema } from "./schemas";

export type SalesRow = { id: string; month: string; product: string; quantity: string; unit: string; revenueRupiah: bigint; soldIn: string | null };

const SALES_FIELDS = { id: true, groupId: true, month: true, product: true, quantity: true, unit: true, revenueRupiah: true, soldIn: true } as const;

type Stored = { id: string; groupId: string; month: string; product: string; quantity: { toFixed(d: number): string }; unit: string; revenueRupiah: bigint; soldIn: string | null };

function plain(s: Stored) {
  return { groupId: s.groupId, month: s.month, product: s.product, quantity: s.quantity.toFixed(2), unit: s.unit, revenueRupiah: s.revenueRupiah.toString(), soldIn: s.soldIn };
}

function refuseFutureMonth(month: string, now?: Date): void {
  if (month > monthOf(todayWib(now))) throw new FieldError("month", "groupMoney:monthInFuture");
}

async function findScopedSales(tx: Tx, actor: Actor, id: string) {
  if (!UUID.test(id)) throw new NotFoundError("SalesRecord");
  const found = await tx.salesRecord.findFirst({ where: { id, group: groupScope(actor) }, select: { ...SALES_FIELDS, group: { select: { villageCode: true } } } });
  if (!found) throw new NotFoundError("SalesRecord");
  return found;
}

/** Records what a group sold in a month (issue 6 item 5). Audit `group.sales-add`. */
export async function recordSales(
  actor: Actor,
  rawInput: z.input<typeof recordSalesSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; groupId: string }> {
  assertCan(actor, "group:write");
  const input = recordSalesSchema.parse(rawInput);
  refuseFutureMonth(input.month, meta.now);
  return db.$transaction(async (tx) => {
    const group = await findScopedGroup(tx, actor, input.groupId);
    const { month, product, quantity, unit, revenueRupiah, soldIn } = input;
    const sales = await tx.salesRecord.create({ data: { groupId: group.id, month, product, quantity, unit, revenueRupiah, soldIn }, select: SALES_FIELDS });
    await writeAudit(tx, { actor, action: "group.sales-add", entity: "SalesRecord", entityId: sales.id, villageCode: group.villageCode, after: plain(sales), ip: meta.ip });
    return { id: sales.id, groupId: group.id };
  });
}

/** Corrects a month's sales record. Audit `group.sales-update` with what changed. */
export async function updateSales(
  actor: Actor,
  rawInput: z.input<typeof updateSalesSchema>,
  meta: { ip?: string | null; now?: Date } = {},
): Promise<{ id: string; groupId: string }> {
  assertCan(actor, "group:write");
  const { id, ...fields } = updateSalesSchema.parse(rawInput);
  refuseFutureMonth(fields.month, meta.now);
  return db.$transaction(async (tx) => {
    const before = await findScopedSales(tx, actor, id);
    const after = await tx.salesRecord.update({ where: { id: before.id }, data: fields, select: SALES_FIELDS });
    await writeAudit(tx, { actor, action: "group.sales-update", entity: "SalesRecord", entityId: id, villageCode: before.group.villageCode, before: plain(before), after: plain(after), ip: meta.ip });
    return { id, groupId: before.groupId };
  });
}

/** Deletes a sales record entered by mistake (the form asks to confirm). Audit `group.sales-delete` keeps what it said. */
export async function deleteSales(actor: Actor, rawInput: z.input<typeof deleteSalesSchema>, meta: { ip?: string | null } = {}): Promise<{ groupId: string }> {
  assertCan(actor, "group:write");
  const { id } = deleteSalesSchema.parse(rawInput);
  return db.$transaction(async (tx) => {
    const before = await findScopedSales(tx, actor, id);
    await tx.salesRecord.delete({ where: { id: before.id } });
    await writeAudit(tx, { actor, action: "group.sales-delete", entity: "SalesRecord", entityId: id, villageCode: before.group.villageCode, before: plain(before), ip: meta.ip });
    return { groupId: before.groupId };
  });
}

/** A group's sales, newest month first, then by product. */
export async function listGroupSales(actor: Actor, groupId: string): Promise<SalesRow[]> {
  assertCan(actor, "group:read");
  const group = await findScopedGroup(db, actor, groupId);
  const rows = await db.salesRecord.findMany({ where: { groupId: group.id }, orderBy: [{ month: "desc" }, { product: "asc" }, { createdAt: "asc" }], select: SALES_FIELDS });
  return rows.map((r) => ({ id: r.id, month: r.month, product: r.product, quantity: r.quantity.toFixed(2), unit: r.unit, revenueRupiah: r.revenueRupiah, soldIn: r.soldIn }));
}
