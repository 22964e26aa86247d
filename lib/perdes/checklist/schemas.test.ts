import { describe, expect, it } from "vitest";
import { addChecklistItemSchema, updateChecklistItemSchema, updateDepartureCheckSchema } from "./schemas";

// The form action parses, then the data function parses its input again: every schema must
// accept its own output.
describe("checklist schemas", () => {
  it("accept their own output (formAction, then the data function)", () => {
    const check = updateDepartureCheckSchema.parse({ id: "2b1c3d4e-5f60-4718-9abc-def012345678", version: "2", status: "DONE", evidenceNote: "", recruiterId: "", consenterName: "", consenterRelation: "" });
    expect(check).toMatchObject({ version: 2, evidenceNote: null, recruiterId: null, consenterName: null, consenterRelation: null });
    expect(updateDepartureCheckSchema.parse(check)).toEqual(check);
    const withConsent = updateDepartureCheckSchema.parse({ ...check, consenterName: "Ahmad", consenterRelation: "PARENT" });
    expect(updateDepartureCheckSchema.parse(withConsent)).toEqual(withConsent);

    const item = updateChecklistItemSchema.parse({ id: "2b1c3d4e-5f60-4718-9abc-def012345678", version: "0", label: " Izin ", legalBasis: "", articleId: "", mandatory: "on", sortOrder: "10" });
    expect(item).toMatchObject({ label: "Izin", legalBasis: null, articleId: null, mandatory: true, active: false, sortOrder: 10 });
    expect(updateChecklistItemSchema.parse(item)).toEqual(item);
    const added = addChecklistItemSchema.parse({ label: "Butir", sortOrder: "" });
    expect(added.sortOrder).toBeNull();
    expect(addChecklistItemSchema.parse(added)).toEqual(added);
  });

  it("refuses a relation outside the law's three", () => {
    expect(updateDepartureCheckSchema.safeParse({ id: "2b1c3d4e-5f60-4718-9abc-def012345678", version: 0, status: "DONE", consenterRelation: "COUSIN" }).success).toBe(false);
  });
});
