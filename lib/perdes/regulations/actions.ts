"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { createRegulation, updateRegulation } from "./save-regulation";
import { addArticleSchema, createRegulationSchema, moveArticleSchema, removeArticleSchema, updateArticleSchema, updateRegulationSchema } from "./schemas";
import { addArticle, moveArticle, removeArticle, updateArticle } from "./write-articles";

// The public pages (/desa/<village>/perdes) read the same rows: revalidate both.
const revalidateRegulations = () => {
  revalidatePath("/perdes/regulations", "layout");
  revalidatePath("/desa", "layout");
};

export const createRegulationAction = formAction({
  permission: "regulation:write",
  schema: createRegulationSchema,
  run: (input, { actor, ip }) => createRegulation(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateRegulations();
    redirect(`/perdes/regulations/${result.id}?done=created`);
  },
});

export const updateRegulationAction = formAction({
  permission: "regulation:write",
  schema: updateRegulationSchema,
  run: (input, { actor, ip }) => updateRegulation(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateRegulations();
    redirect(`/perdes/regulations/${result.id}?done=saved`);
  },
});

export const addArticleAction = formAction({
  permission: "regulation:write",
  schema: addArticleSchema,
  run: (input, { actor, ip }) => addArticle(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateRegulations();
    redirect(`/perdes/regulations/${result.id}?done=articleAdded#articles`);
  },
});

export const updateArticleAction = formAction({
  permission: "regulation:write",
  schema: updateArticleSchema,
  run: (input, { actor, ip }) => updateArticle(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateRegulations();
    redirect(`/perdes/regulations/${result.id}?done=articleSaved#articles`);
  },
});

export const moveArticleAction = formAction({
  permission: "regulation:write",
  schema: moveArticleSchema,
  run: (input, { actor, ip }) => moveArticle(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateRegulations();
    redirect(`/perdes/regulations/${result.id}?done=articleMoved#articles`);
  },
});

export const removeArticleAction = formAction({
  permission: "regulation:write",
  schema: removeArticleSchema,
  run: (input, { actor, ip }) => removeArticle(actor, input, { ip }),
  onSuccess: (result) => {
    revalidateRegulations();
    redirect(`/perdes/regulations/${result.id}?done=articleRemoved#articles`);
  },
});
