import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { findScopedCase } from "@/lib/cases/case-access";
import { CLAIM_FIELDS, plainClaim } from "./claim-access";
import { centsToDecimal, decimalToCents, totalsByCurrency } from "./money";

export type CurrencyTotal = {
  /** ISO 4217. */
  currency: string;
  /** Exact decimal text, e.g. "4500.50": format with formatMoney (lib/cases/claims/money.ts). */
  claimed: string;
  recovered: string;
  /** How many claims are in this currency. */
  claims: number;
};

/** Sums per currency (never across currencies), as decimal text. */
export function currencyTotals(rows: readonly { currency: string; amountClaimed: string; amountRecovered: string }[]): CurrencyTotal[] {
  return totalsByCurrency(rows.map((r) => ({ currency: r.currency, claimedCents: decimalToCents(r.amountClaimed), recoveredCents: decimalToCents(r.amountRecovered) }))).map((t) => ({
    currency: t.currency,
    claimed: centsToDecimal(t.claimedCents),
    recovered: centsToDecimal(t.recoveredCents),
    claims: t.claims,
  }));
}

/** A case's claims, oldest first, with the totals per currency. NotFound outside the actor's scope. */
export async function listCaseClaims(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  const kase = await findScopedCase(db, actor, caseId);
  const rows = await db.caseClaim.findMany({ where: { caseId: kase.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: CLAIM_FIELDS });
  const claims = rows.map(plainClaim);
  return { claims, totals: currencyTotals(claims) };
}
export type CaseClaimRow = Awaited<ReturnType<typeof listCaseClaims>>["claims"][number];
