import { FieldError } from "@/lib/validation/errors";

/**
 * The NIK is registered already. In the actor's own village the form links to that person;
 * in another village it says only that (no village, no data) and offers a transfer request.
 */
export class NikTakenError extends FieldError {
  constructor(
    public readonly where: "sameVillage" | "otherVillage",
    /** Only for "sameVillage": the person the actor may open. */
    public readonly personId: string | null = null,
  ) {
    super("nik", where === "sameVillage" ? "registry:nikExists" : "registry:nikExistsElsewhere", { nikTaken: { where, personId } } satisfies NikTakenData);
    this.name = "NikTakenError";
  }
}

/** Someone saved the record after this form was loaded: reload instead of overwriting. */
export class StaleRecordError extends FieldError {
  constructor() {
    super("_form", "registry:staleVersion");
    this.name = "StaleRecordError";
  }
}

/** What a refused NIK tells the form (FormState.data). */
export type NikTakenData = { nikTaken: { where: "sameVillage" | "otherVillage"; personId: string | null } };
