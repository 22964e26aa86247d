import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { ensureGroupKinds } from "@/tests/factories/groups";
import { createTestPerson } from "@/tests/factories/people";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { createCooperative, listCooperatives } from "./groups/cooperatives";
import { getGroup } from "./groups/get-group";
import { listGroups } from "./groups/list-groups";
import { listPersonGroups } from "./groups/list-person-groups";
import { createGroup, updateGroup } from "./groups/save-group";
import { addMembers, changeMemberRole, leaveMember } from "./members/manage-members";
import { listTrainings, recordTraining } from "./trainings/record-training";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const NOW = new Date("2026-11-20T05:00:00Z");
const SEAWEED = { name: "Kelompok Rumput Laut Mekar", kindCode: "SEAWEED_FARMING", foundedOn: "2025-03-01", status: "ACTIVE", description: "Budidaya di pantai Lontar" };
const day = (s: string) => new Date(`${s}T00:00:00Z`);

let organizer: Actor;
let official: Actor;
let organizerSusukan: Actor;
let staffSerang: Actor;
let staffPandeglang: Actor;
let admin: Actor;
let lontarPeople: string[];
let rosidah: string;

async function refusal(p: Promise<unknown>): Promise<FieldError> {
  const error = await p.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FieldError);
  return error as FieldError;
}

describe("business groups, members and trainings", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureGroupKinds(db);
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    organizerSusukan = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    staffSerang = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    staffPandeglang = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    lontarPeople = [];
    for (let i = 1; i <= 12; i++) lontarPeople.push((await createTestPerson(db, { villageCode: LONTAR, name: `Warga Lontar ${String(i).padStart(2, "0")}` })).id);
    rosidah = (await createTestPerson(db, { villageCode: SUSUKAN, name: "Rosidah" })).id;
  });

  it("an organizer creates the seaweed group and adds 12 members at once; every write is audited", async () => {
    const { id } = await createGroup(organizer, SEAWEED, { now: NOW, ip: "10.0.0.7" });
    const added = await addMembers(organizer, { groupId: id, personIds: lontarPeople.join(","), role: "MEMBER", joinedOn: "2025-03-01" }, { now: NOW });
    expect(added.added).toBe(12);
    await changeMemberRole(official, { memberId: (await db.groupMember.findFirstOrThrow({ where: { groupId: id, personId: lontarPeople[0] } })).id, version: 0, role: "LEADER" });

    const group = await getGroup(staffSerang, id);
    expect(group).toMatchObject({ villageCode: LONTAR, villageName: "Lontar", kindCode: "SEAWEED_FARMING", status: "ACTIVE", version: 0 });
    expect(group.members).toHaveLength(12);
    expect(group.members[0]).toMatchObject({ personId: lontarPeople[0], role: "LEADER" });
    const list = await listGroups(organizer, {});
    expect(list.rows).toEqual([expect.objectContaining({ id, name: SEAWEED.name, openMembers: 12 })]);

    const audit = await db.auditLog.findMany({ where: { villageCode: LONTAR }, orderBy: { at: "asc" } });
    expect(audit.filter((a) => a.action === "group.create")).toHaveLength(1);
    expect(audit.filter((a) => a.action === "group.member.add")).toHaveLength(12);
    expect(audit.filter((a) => a.action === "group.member.role")).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: "BusinessGroup", entityId: id, actorId: organizer.id, ip: "10.0.0.7" });
  });

  it("refuses a member of another village, and writes nothing", async () => {
    const { id } = await createGroup(organizer, SEAWEED, { now: NOW });
    const before = await db.auditLog.count();
    const error = await refusal(addMembers(organizer, { groupId: id, personIds: [lontarPeople[0], rosidah], joinedOn: "2026-01-05" }, { now: NOW }));
    expect(error).toMatchObject({ field: "personIds", messageKey: "groups:personNotOfVillage" });
    expect(await db.groupMember.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(before);
  });

  it("refuses a duplicate name in the village (any case), a future founding day, an inactive kind and another village's cooperative", async () => {
    await createGroup(organizer, SEAWEED, { now: NOW });
    expect(await refusal(createGroup(official, { ...SEAWEED, name: "kelompok rumput laut MEKAR" }, { now: NOW }))).toMatchObject({ field: "name", messageKey: "groups:nameTaken" });
    expect(await refusal(createGroup(organizer, { ...SEAWEED, name: "Baru", foundedOn: "2026-11-21" }, { now: NOW }))).toMatchObject({ field: "foundedOn" });
    await db.groupKind.update({ where: { code: "OTHER" }, data: { active: false } });
    expect(await refusal(createGroup(organizer, { ...SEAWEED, name: "Baru", kindCode: "OTHER" }, { now: NOW }))).toMatchObject({ field: "kindCode" });
    const coop = await createCooperative(organizerSusukan, { name: "Koperasi Susukan" });
    expect(await refusal(createGroup(organizer, { ...SEAWEED, name: "Baru", cooperativeId: coop.id }, { now: NOW }))).toMatchObject({ field: "cooperativeId" });
    // The same name in another village is fine.
    await createGroup(organizerSusukan, SEAWEED, { now: NOW });
    expect(await refusal(createCooperative(organizerSusukan, { name: "koperasi susukan" }))).toMatchObject({ field: "name" });
    expect((await listCooperatives(organizer)).map((c) => c.name)).toEqual([]);
  });

  it("an edit with an old version is refused; the group and a Lontar cooperative are saved", async () => {
    const { id } = await createGroup(organizer, SEAWEED, { now: NOW });
    const coop = await createCooperative(organizer, { name: "Koperasi Lontar Sejahtera", registrationNumber: "123/BH/2024" });
    const saved = await updateGroup(official, { id, version: 0, ...SEAWEED, status: "INACTIVE", cooperativeId: coop.id }, { now: NOW });
    expect(saved.version).toBe(1);
    expect(await refusal(updateGroup(organizer, { id, version: 0, ...SEAWEED }, { now: NOW }))).toMatchObject({ field: "_form" });
    expect((await getGroup(organizer, id)).cooperativeName).toBe("Koperasi Lontar Sejahtera");
    expect((await listCooperatives(staffSerang))[0]).toMatchObject({ name: "Koperasi Lontar Sejahtera", groups: 1 });
  });

  it("leaving keeps the row, and the person's groups list shows it with the left day; one open leader only", async () => {
    const { id } = await createGroup(organizer, SEAWEED, { now: NOW });
    await addMembers(organizer, { groupId: id, personIds: lontarPeople[0], role: "LEADER", joinedOn: "2025-03-01" }, { now: NOW });
    await addMembers(organizer, { groupId: id, personIds: lontarPeople.slice(1, 3).join(","), joinedOn: "2025-03-01" }, { now: NOW });
    expect(await refusal(addMembers(organizer, { groupId: id, personIds: lontarPeople[3], role: "LEADER", joinedOn: "2025-03-01" }, { now: NOW }))).toMatchObject({ field: "role", messageKey: "groups:leaderExists" });
    expect(await refusal(addMembers(organizer, { groupId: id, personIds: lontarPeople[1], joinedOn: "2025-03-01" }, { now: NOW }))).toMatchObject({ messageKey: "groups:alreadyMember" });
    const member = await db.groupMember.findFirstOrThrow({ where: { groupId: id, personId: lontarPeople[1] } });
    expect(await refusal(changeMemberRole(organizer, { memberId: member.id, version: 0, role: "LEADER" }))).toMatchObject({ messageKey: "groups:leaderExists" });
    expect(await refusal(leaveMember(organizer, { memberId: member.id, version: 0, leftOn: "2025-02-01", confirm: "on" }, { now: NOW }))).toMatchObject({ field: "leftOn" });
    expect(await refusal(leaveMember(organizer, { memberId: member.id, version: 0, leftOn: "2026-12-01", confirm: "on" }, { now: NOW }))).toMatchObject({ field: "leftOn" });
    await leaveMember(organizer, { memberId: member.id, version: 0, leftOn: "2026-10-31", leaveReason: "Berangkat lagi ke luar negeri", confirm: "on" }, { now: NOW });

    const group = await getGroup(organizer, id);
    expect(group.members.map((m) => m.personId)).not.toContain(lontarPeople[1]);
    expect(group.pastMembers).toEqual([expect.objectContaining({ personId: lontarPeople[1], leaveReason: "Berangkat lagi ke luar negeri" })]);
    expect(await db.groupMember.count({ where: { groupId: id } })).toBe(3);
    const groups = await listPersonGroups(organizer, lontarPeople[1]!);
    expect(groups).toEqual([expect.objectContaining({ groupId: id, groupName: SEAWEED.name, role: "MEMBER", joinedOn: day("2025-03-01"), leftOn: day("2026-10-31") })]);
    // Joining again is a new period.
    await addMembers(organizer, { groupId: id, personIds: lontarPeople[1], joinedOn: "2026-11-15" }, { now: NOW });
    expect(await listPersonGroups(organizer, lontarPeople[1]!)).toHaveLength(2);
    expect(await listPersonGroups(organizerSusukan, lontarPeople[1]!)).toEqual([]);
    expect(await listPersonGroups(admin, lontarPeople[1]!)).toEqual([]);
  });

  it("another village's organizer and another region's BP3MI get NotFound; an admin is forbidden; BP3MI cannot write", async () => {
    const { id } = await createGroup(organizer, SEAWEED, { now: NOW });
    await addMembers(organizer, { groupId: id, personIds: lontarPeople[0], joinedOn: "2025-03-01" }, { now: NOW });
    const member = await db.groupMember.findFirstOrThrow({ where: { groupId: id } });
    await expect(getGroup(organizerSusukan, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGroup(staffPandeglang, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateGroup(organizerSusukan, { id, version: 0, ...SEAWEED }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addMembers(organizerSusukan, { groupId: id, personIds: rosidah, joinedOn: "2025-03-01" }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    await expect(leaveMember(organizerSusukan, { memberId: member.id, version: 0, leftOn: "2026-01-01", confirm: "on" }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listTrainings(staffPandeglang, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listGroups(organizerSusukan, {})).rows).toEqual([]);
    expect((await listGroups(staffPandeglang, {})).rows).toEqual([]);
    expect((await listGroups(staffSerang, { village: LONTAR })).rows).toHaveLength(1);
    await expect(getGroup(admin, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listGroups(admin, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createGroup(staffSerang, { ...SEAWEED, name: "BP3MI" }, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addMembers(staffSerang, { groupId: id, personIds: lontarPeople[1], joinedOn: "2025-03-01" }, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("records a training with attendance of members on that day only; a non-member is refused", async () => {
    const { id } = await createGroup(organizer, SEAWEED, { now: NOW });
    await addMembers(organizer, { groupId: id, personIds: lontarPeople.slice(0, 3).join(","), joinedOn: "2025-03-01" }, { now: NOW });
    await addMembers(organizer, { groupId: id, personIds: lontarPeople[3], joinedOn: "2026-11-10" }, { now: NOW });
    const other = await createGroup(organizer, { ...SEAWEED, name: "Kelompok Kerang Hijau" }, { now: NOW });
    await addMembers(organizer, { groupId: other.id, personIds: lontarPeople[4], joinedOn: "2025-03-01" }, { now: NOW });
    const members = await db.groupMember.findMany({ where: { groupId: id }, orderBy: { joinedOn: "asc" } });
    const otherMember = await db.groupMember.findFirstOrThrow({ where: { groupId: other.id } });
    const late = members.find((m) => m.personId === lontarPeople[3])!;
    const early = members.filter((m) => m.id !== late.id).map((m) => m.id);
    const training = { groupId: id, heldOn: "2026-11-05", topic: "FINANCIAL_LITERACY", title: "Pembukuan sederhana", givenBy: "Dinas Koperasi Serang" };

    const before = await db.training.count();
    expect(await refusal(recordTraining(organizer, { ...training, memberIds: [...early, otherMember.id].join(",") }, { now: NOW }))).toMatchObject({ field: "memberIds", messageKey: "groups:attendeeNotMember" });
    expect(await refusal(recordTraining(organizer, { ...training, memberIds: late.id }, { now: NOW }))).toMatchObject({ field: "memberIds" });
    expect(await refusal(recordTraining(organizer, { ...training, heldOn: "2026-11-21", memberIds: early.join(",") }, { now: NOW }))).toMatchObject({ field: "heldOn" });
    expect(await db.training.count()).toBe(before);

    const { id: trainingId } = await recordTraining(official, { ...training, memberIds: early.join(",") }, { now: NOW, ip: "10.0.0.8" });
    const list = await listTrainings(staffSerang, id);
    expect(list).toEqual([expect.objectContaining({ id: trainingId, topic: "FINANCIAL_LITERACY", title: "Pembukuan sederhana" })]);
    expect(list[0]!.attendees.map((a) => a.memberId).sort()).toEqual([...early].sort());
    const audit = await db.auditLog.findFirstOrThrow({ where: { entity: "Training", entityId: trainingId } });
    expect(audit).toMatchObject({ action: "group.training.create", villageCode: LONTAR, ip: "10.0.0.8" });
  });
});
