import { describe, expect, it } from "vitest";
import { splitIds } from "./dates";
import { createGroupSchema } from "./groups/schemas";
import { joinIds } from "./join-ids";
import { addMembersSchema, leaveMemberSchema } from "./members/schemas";
import { recordTrainingSchema } from "./trainings/schemas";

const A = "3f1c2b7e-8a4d-4c1e-9b2a-1d2e3f4a5b6c";
const B = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";

describe("empowerment form schemas", () => {
  it("turns ticked checkboxes into a list of ids, however they arrive", () => {
    const fd = new FormData();
    fd.append("personIds", A);
    fd.append("personIds", B);
    expect(joinIds(fd, "personIds").get("personIds")).toBe(`${A},${B}`);
    expect(splitIds(`${A},${B}`)).toEqual([A, B]);
    expect(splitIds([A])).toEqual([A]);
    expect(splitIds("")).toEqual([]);
    expect(joinIds(new FormData(), "personIds").has("personIds")).toBe(false);
  });

  it("needs at least one person and a joining day; the role defaults to member", () => {
    const ok = addMembersSchema.parse({ groupId: A, personIds: `${A},${B}`, joinedOn: "2026-01-05" });
    expect(ok).toMatchObject({ personIds: [A, B], role: "MEMBER" });
    expect(ok.joinedOn.toISOString()).toBe("2026-01-05T00:00:00.000Z");
    const none = addMembersSchema.safeParse({ groupId: A, joinedOn: "2026-01-05" });
    expect(none.success ? null : none.error.issues[0]!.message).toBe("groups:choosePeople");
    expect(addMembersSchema.safeParse({ groupId: A, personIds: "not-an-id", joinedOn: "2026-01-05" }).success).toBe(false);
    expect(addMembersSchema.safeParse({ groupId: A, personIds: A, joinedOn: "" }).success).toBe(false);
  });

  it("leaving needs the I-am-sure box; a group's founding day is optional; a training may have no attendance", () => {
    expect(leaveMemberSchema.safeParse({ memberId: A, version: "0", leftOn: "2026-10-31" }).success).toBe(false);
    expect(leaveMemberSchema.parse({ memberId: A, version: "0", leftOn: "2026-10-31", confirm: "on", leaveReason: "" }).leaveReason).toBeNull();
    expect(createGroupSchema.parse({ name: " Mekar ", kindCode: "SEAWEED_FARMING", foundedOn: "" })).toMatchObject({ name: "Mekar", foundedOn: null, status: "ACTIVE", cooperativeId: null });
    expect(createGroupSchema.safeParse({ name: "<b>x</b>", kindCode: "SEAWEED_FARMING" }).success).toBe(false);
    expect(recordTrainingSchema.parse({ groupId: A, heldOn: "2026-11-05", topic: "MARKETING", title: "Pemasaran daring", givenBy: "BP3MI Banten" }).memberIds).toEqual([]);
  });
});
