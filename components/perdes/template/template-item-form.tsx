"use client";
import { useActionState } from "react";
import { UpdateDisclosure, type UpdateDisclosureStrings } from "@/components/cases/update-disclosure";
import { IDLE } from "@/lib/actions/form-state";
import { updateChecklistItemAction } from "@/lib/perdes/checklist/actions";
import { TemplateItemFields, type TemplateFieldStrings, type TemplateFieldValues } from "./template-item-fields";

/** Edits one item of the village's template (officials), behind a disclosure; answers in place. */
export function TemplateItemForm({ item, values, articles, strings }: {
  item: { id: string; version: number };
  values: TemplateFieldValues;
  articles: { value: string; label: string }[];
  strings: UpdateDisclosureStrings & TemplateFieldStrings;
}) {
  const [state, action] = useActionState(updateChecklistItemAction, IDLE);
  const sent = state.status === "error" ? state.values : undefined;
  const v: TemplateFieldValues = sent
    ? { label: sent.label ?? "", legalBasis: sent.legalBasis ?? "", articleId: sent.articleId ?? "", mandatory: sent.mandatory === "on", active: sent.active === "on", sortOrder: sent.sortOrder ?? "" }
    : values;
  return (
    <UpdateDisclosure row={item} state={state} action={action} strings={strings}>
      <TemplateItemFields prefix={`item-${item.id}`} values={v} errors={state.fieldErrors ?? {}} articles={articles} strings={strings} withActive />
    </UpdateDisclosure>
  );
}
