import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { declaredRelations, LINKED_TABLES, relationsToPerson, type DataModelLike } from "./linked-tables";

// Prisma 7's "prisma-client" generator no longer exports `Prisma.dmmf`; the same model
// (models → fields with kind, type and relation name) is the client's runtime data model,
// which Prisma builds `dmmf` from. The client is constructed only; it never connects.
function prismaDataModel(): DataModelLike {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://unused@127.0.0.1:1/unused" }) });
  const model = (client as unknown as { _runtimeDataModel?: DataModelLike })._runtimeDataModel;
  if (!model?.models?.Person) throw new Error("the Prisma client no longer exposes its data model; update this test");
  return model;
}

describe("LINKED_TABLES", () => {
  it("names every relation to Person in the Prisma schema, and only those", () => {
    // A failure here means a table was linked to Person (or unlinked) without telling the
    // merge: add it to LINKED_TABLES and give merge-people.ts a mover for it.
    expect(declaredRelations()).toEqual(relationsToPerson(prismaDataModel()));
  });

  it("lists each relation once", () => {
    expect(new Set(declaredRelations()).size).toBe(LINKED_TABLES.length);
  });

  it("finds relations in a data model", () => {
    const model: DataModelLike = {
      models: {
        Person: { fields: [{ name: "cases", kind: "object", type: "CaseParty" }, { name: "name", kind: "scalar", type: "String" }] },
        CaseParty: { fields: [{ name: "person", kind: "object", type: "Person" }, { name: "personId", kind: "scalar", type: "String" }] },
      },
    };
    expect(relationsToPerson(model)).toEqual(["CaseParty.person"]);
  });
});
