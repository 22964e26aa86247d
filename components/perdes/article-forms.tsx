"use client";
import { useActionState } from "react";
import { useFormRound } from "@/components/cases/use-form-round";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmCheckbox } from "@/components/users/confirm-checkbox";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { addArticleAction, moveArticleAction, removeArticleAction, updateArticleAction } from "@/lib/perdes/regulations/actions";
import { DisclosureForm } from "./disclosure-form";

// The official's forms on a regulation's page. Each carries the regulation's id and the
// version the page was drawn with: a change made by someone else meanwhile is refused.

export type ArticleFormStrings = {
  number: string; numberHint: string; heading: string; text: string; textHint: string;
  addTitle: string; add: string; adding: string; editSummary: string; save: string; saving: string;
  up: string; down: string; removeSummary: string; removeConfirm: string; remove: string; removing: string;
};
type Article = { id: string; number: string; heading: string | null; text: string };
type OnRegulation = { regulationId: string; version: number };

function ArticleFields({ prefix, state, article, strings: s }: { prefix: string; state: FormState; article: Omit<Article, "id"> | null; strings: ArticleFormStrings }) {
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-[12rem_1fr]">
      <TextField id={`${prefix}-number`} name="number" required maxLength={30} autoComplete="off" label={s.number} hint={s.numberHint} defaultValue={v.number ?? article?.number ?? ""} error={e.number} />
      <TextField id={`${prefix}-heading`} name="heading" maxLength={200} label={s.heading} defaultValue={v.heading ?? article?.heading ?? ""} error={e.heading} />
      <div className="sm:col-span-2">
        <TextAreaField id={`${prefix}-text`} name="text" required rows={6} maxLength={10000} label={s.text} hint={s.textHint} defaultValue={v.text ?? article?.text ?? ""} error={e.text} />
      </div>
    </div>
  );
}

/** Adds an article at the end of the regulation. */
export function AddArticleForm({ regulationId, version, strings: s }: OnRegulation & { strings: ArticleFormStrings }) {
  const [state, action] = useActionState(addArticleAction, IDLE);
  const round = useFormRound(state);
  return (
    <form action={action} aria-labelledby="add-article-title" className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
      <h3 id="add-article-title" className="text-base font-semibold">{s.addTitle}</h3>
      <FormMessage state={state} />
      <input type="hidden" name="regulationId" value={regulationId} />
      <input type="hidden" name="version" value={version} />
      <div key={round}>
        <ArticleFields prefix="article-new" state={state} article={null} strings={s} />
      </div>
      <div>
        <SubmitButton label={s.add} pendingLabel={s.adding} />
      </div>
    </form>
  );
}

export function EditArticleForm({ regulationId, version, article, title, strings: s }: OnRegulation & { article: Article; title: string; strings: ArticleFormStrings }) {
  const [state, action] = useActionState(updateArticleAction, IDLE);
  return (
    <DisclosureForm hidden={{ regulationId, version, articleId: article.id }} state={state} action={action} strings={{ summary: s.editSummary, title, submit: s.save, pending: s.saving }}>
      <ArticleFields prefix={`article-${article.id}`} state={state} article={article} strings={s} />
    </DisclosureForm>
  );
}

export function RemoveArticleForm({ regulationId, version, articleId, title, strings: s }: OnRegulation & { articleId: string; title: string; strings: ArticleFormStrings }) {
  const [state, action] = useActionState(removeArticleAction, IDLE);
  return (
    <DisclosureForm hidden={{ regulationId, version, articleId }} state={state} action={action} variant="danger" strings={{ summary: s.removeSummary, title, submit: s.remove, pending: s.removing }}>
      <ConfirmCheckbox label={s.removeConfirm} error={state.fieldErrors?.confirm} />
    </DisclosureForm>
  );
}

/** "Naik" / "Turun": one small form per direction; the first article has no "up", the last no "down". */
export function MoveArticleButtons({ regulationId, version, articleId, number, first, last, strings: s }: OnRegulation & {
  articleId: string; number: string; first: boolean; last: boolean; strings: ArticleFormStrings;
}) {
  const [state, action] = useActionState(moveArticleAction, IDLE);
  return (
    <div className="flex flex-col gap-2">
      <FormMessage state={state} />
      <div className="flex gap-2">
        {(["up", "down"] as const).filter((d) => (d === "up" ? !first : !last)).map((direction) => (
          <form key={direction} action={action}>
            <input type="hidden" name="regulationId" value={regulationId} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="articleId" value={articleId} />
            <input type="hidden" name="direction" value={direction} />
            <button type="submit" className="inline-flex min-h-11 items-center gap-1 rounded-md border border-slate-400 bg-white px-3 text-sm font-semibold text-slate-900 hover:bg-slate-100">
              <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
              {direction === "up" ? s.up : s.down}
              <span className="sr-only"> {number}</span>
            </button>
          </form>
        ))}
      </div>
    </div>
  );
}
