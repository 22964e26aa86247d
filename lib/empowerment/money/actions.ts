"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { recordAid } from "./aid";
import { recordLoan, recordRepayment } from "./loans";
import { deleteSales, recordSales, updateSales } from "./sales";
import { deleteSalesSchema, recordAidSchema, recordLoanSchema, recordRepaymentSchema, recordSalesSchema, updateSalesSchema } from "./schemas";

// The forms answer in place: the group page re-renders with the new rows and totals.
const revalidateGroups = () => revalidatePath("/groups", "layout");

export const recordAidAction = formAction({
  permission: "group:write",
  schema: recordAidSchema,
  run: (input, { actor, ip }) => recordAid(actor, input, { ip }),
  onSuccess: revalidateGroups,
});

export const recordLoanAction = formAction({
  permission: "group:write",
  schema: recordLoanSchema,
  run: (input, { actor, ip }) => recordLoan(actor, input, { ip }),
  onSuccess: revalidateGroups,
});

export const recordRepaymentAction = formAction({
  permission: "group:write",
  schema: recordRepaymentSchema,
  run: (input, { actor, ip }) => recordRepayment(actor, input, { ip }),
  onSuccess: revalidateGroups,
});

export const recordSalesAction = formAction({
  permission: "group:write",
  schema: recordSalesSchema,
  run: (input, { actor, ip }) => recordSales(actor, input, { ip }),
  onSuccess: revalidateGroups,
});

export const updateSalesAction = formAction({
  permission: "group:write",
  schema: updateSalesSchema,
  run: (input, { actor, ip }) => updateSales(actor, input, { ip }),
  onSuccess: revalidateGroups,
});

export const deleteSalesAction = formAction({
  permission: "group:write",
  schema: deleteSalesSchema,
  run: (input, { actor, ip }) => deleteSales(actor, input, { ip }),
  onSuccess: revalidateGroups,
});
