import { describe, expect, it } from "vitest";
import { addArticleSchema, createRegulationSchema, removeArticleSchema } from "./schemas";

const ID = "00000000-0000-4000-8000-000000000001";
const base = { number: "3", year: "2018", title: "Pelindungan Pekerja Migran Indonesia", status: "IN_FORCE", enactedOn: "2018-10-01" };

describe("regulation schemas", () => {
  it("parses a regulation; leading zeros of the number are dropped", () => {
    const parsed = createRegulationSchema.parse({ ...base, number: "03" });
    expect(parsed).toMatchObject({ number: "3", year: 2018, status: "IN_FORCE" });
    expect(parsed.enactedOn?.toISOString()).toBe("2018-10-01T00:00:00.000Z");
    expect(createRegulationSchema.parse({ ...base, status: "DRAFT", enactedOn: "" }).enactedOn).toBeNull();
  });
  it("refuses a number that is not a regulation number, a year out of range, an unknown status", () => {
    const issues = (input: object) => createRegulationSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ ...base, number: "3/2018" })).toEqual([["number", "perdes:regulationNumberFormat"]]);
    expect(issues({ ...base, number: "0" })).toEqual([["number", "perdes:regulationNumberFormat"]]);
    expect(issues({ ...base, year: "1900" })).toEqual([["year", "perdes:yearRange"]]);
    expect(issues({ ...base, year: "" })).toEqual([["year", "required"]]);
    expect(issues({ ...base, status: "ACTIVE" })).toEqual([["status", "invalidChoice"]]);
  });
  it("writes an article number as 'Pasal n'", () => {
    const parsed = addArticleSchema.parse({ regulationId: ID, version: "2", number: "pasal 05", heading: "", text: "Isi pasal." });
    expect(parsed).toMatchObject({ number: "Pasal 5", heading: null, version: 2 });
    expect(addArticleSchema.safeParse({ regulationId: ID, version: "2", number: "Bab II", text: "x" }).error?.issues[0]?.message).toBe("perdes:articleNumberFormat");
  });
  it("needs the confirmation to remove an article", () => {
    expect(removeArticleSchema.safeParse({ regulationId: ID, version: "0", articleId: ID }).success).toBe(false);
    expect(removeArticleSchema.safeParse({ regulationId: ID, version: "0", articleId: ID, confirm: "on" }).success).toBe(true);
  });
});
