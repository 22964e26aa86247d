"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { addChecklistItemAction } from "@/lib/perdes/checklist/actions";
import { TemplateItemFields, type TemplateFieldStrings } from "./template-item-fields";

/** A village's own item (kind OTHER), e.g. a clause of its Perdes; the action redirects. */
export function AddTemplateItemForm({ articles, strings }: { articles: { value: string; label: string }[]; strings: TemplateFieldStrings & { title: string; submit: string; pending: string } }) {
  const [state, action] = useActionState(addChecklistItemAction, IDLE);
  const sent = state.values ?? {};
  return (
    <form action={action} aria-labelledby="add-item-title" className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
      <h2 id="add-item-title" className="text-base font-semibold">{strings.title}</h2>
      <FormMessage state={state} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TemplateItemFields
          prefix="add-item"
          values={{ label: sent.label ?? "", legalBasis: sent.legalBasis ?? "", articleId: sent.articleId ?? "", mandatory: state.status === "error" ? sent.mandatory === "on" : true, active: true, sortOrder: sent.sortOrder ?? "" }}
          errors={state.fieldErrors ?? {}}
          articles={articles}
          strings={strings}
          withActive={false}
        />
      </div>
      <div>
        <SubmitButton label={strings.submit} pendingLabel={strings.pending} />
      </div>
    </form>
  );
}
