import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestSession } from "@/tests/factories/perdes";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { hasAttendedSafeMigration, latestSafeMigrationSession, listSessionAttendanceOf } from "./attendance";
import { getSession } from "./get-session";
import { listSessions } from "./list-sessions";
import { addAttendee, removeAttendee } from "./manage-attendance";
import { createSession, deleteSession, updateSession } from "./save-session";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const NOW = new Date("2026-11-20T05:00:00Z");
const SESSION = { heldOn: "2026-11-12", topic: "SAFE_MIGRATION", title: "Sosialisasi migrasi aman", place: "Balai Desa Lontar", facilitator: "BP3MI Banten", otherAttendees: "12", notes: "" };
const day = (s: string) => new Date(`${s}T00:00:00Z`);

let organizer: Actor;
let official: Actor;
let organizerSusukan: Actor;
let staffSerang: Actor;
let staffPandeglang: Actor;
let nur: string;
let dedi: string;
let rosidah: string;

describe("prevention sessions", () => {
  beforeEach(async () => {
    await resetDatabase();
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    organizerSusukan = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    staffSerang = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    staffPandeglang = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    nur = (await createTestPerson(db, { villageCode: LONTAR, name: "Nur Halimah" })).id;
    dedi = (await createTestPerson(db, { villageCode: LONTAR, name: "Dedi Supriadi", sex: "MALE" })).id;
    rosidah = (await createTestPerson(db, { villageCode: SUSUKAN, name: "Rosidah" })).id;
  });

  it("an organizer records a session and its attendees; each write is audited", async () => {
    const { id } = await createSession(organizer, SESSION, { now: NOW, ip: "10.0.0.9" });
    await addAttendee(organizer, { sessionId: id, personId: nur });
    await addAttendee(official, { sessionId: id, personId: dedi });
    const session = await getSession(staffSerang, id);
    expect(session).toMatchObject({ villageCode: LONTAR, villageName: "Lontar", topic: "SAFE_MIGRATION", otherAttendees: 12, notes: null, version: 0 });
    expect(session.heldOn.toISOString()).toBe("2026-11-12T00:00:00.000Z");
    expect(session.attendees.map((a) => a.name)).toEqual(["Dedi Supriadi", "Nur Halimah"]);

    const audit = await db.auditLog.findMany({ where: { entity: "SocializationSession", entityId: id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["session.create", "session.attendee.add", "session.attendee.add"]);
    expect(audit[0]).toMatchObject({ villageCode: LONTAR, actorId: organizer.id, ip: "10.0.0.9" });
    expect(audit[0]!.after).toMatchObject({ title: SESSION.title, otherAttendees: 12 });
    expect(audit[2]!.after).toEqual({ personId: dedi });

    const v = await updateSession(official, { id, version: 0, ...SESSION, title: "Migrasi aman dan TPPO", topic: "TPPO" }, { now: NOW });
    expect(v.version).toBe(1);
    await removeAttendee(organizer, { sessionId: id, personId: nur, confirm: "on" });
    expect((await getSession(organizer, id)).attendees.map((a) => a.name)).toEqual(["Dedi Supriadi"]);
    const update = await db.auditLog.findFirstOrThrow({ where: { action: "session.update" } });
    expect(update.before).toEqual({ title: SESSION.title, topic: "SAFE_MIGRATION", version: 0 });
    expect(await db.auditLog.count({ where: { action: "session.attendee.remove", entityId: id } })).toBe(1);
  });

  it("refuses a date in the future (WIB) and writes nothing; today is fine", async () => {
    await expect(createSession(organizer, { ...SESSION, heldOn: "2026-11-21" }, { now: NOW })).rejects.toEqual(new FieldError("heldOn", "perdes:sessionInFuture"));
    expect(await db.socializationSession.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
    // 20 Nov 2026 23:30 WIB is still the 20th... and 21 Nov 00:30 WIB is the 21st.
    await createSession(organizer, { ...SESSION, heldOn: "2026-11-21" }, { now: new Date("2026-11-20T17:30:00Z") });
    const { id } = await createSession(organizer, { ...SESSION, heldOn: "2026-11-20" }, { now: NOW });
    await expect(updateSession(organizer, { id, version: 0, ...SESSION, heldOn: "2027-01-01" }, { now: NOW })).rejects.toEqual(new FieldError("heldOn", "perdes:sessionInFuture"));
    expect((await getSession(organizer, id)).version).toBe(0);
  });

  it("refuses a person of another village as attendee, and a second entry of the same person; nothing is written", async () => {
    const { id } = await createSession(organizer, SESSION, { now: NOW });
    await expect(addAttendee(organizer, { sessionId: id, personId: rosidah })).rejects.toEqual(new FieldError("personId", "perdes:attendeeNotOfVillage"));
    await addAttendee(organizer, { sessionId: id, personId: nur });
    await expect(addAttendee(organizer, { sessionId: id, personId: nur })).rejects.toEqual(new FieldError("personId", "perdes:attendeeAlready"));
    expect(await db.sessionAttendance.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "session.attendee.add" } })).toBe(1);
  });

  it("hides a session from another village's organizer and from BP3MI staff of another region (NotFound)", async () => {
    const { id } = await createSession(organizer, SESSION, { now: NOW });
    await expect(getSession(organizerSusukan, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSession(staffPandeglang, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateSession(organizerSusukan, { id, version: 0, ...SESSION })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addAttendee(organizerSusukan, { sessionId: id, personId: rosidah })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteSession(organizerSusukan, { id, version: 0, confirm: "on" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listSessions(staffPandeglang, { villageCode: LONTAR })).rows).toEqual([]);
    await expect(listSessionAttendanceOf(organizerSusukan, nur)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.socializationSession.count()).toBe(1);
  });

  it("BP3MI staff read but do not write sessions", async () => {
    const { id } = await createSession(organizer, SESSION, { now: NOW });
    await expect(createSession(staffSerang, SESSION, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addAttendee(staffSerang, { sessionId: id, personId: nur })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteSession(staffSerang, { id, version: 0, confirm: "on" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listSessions(staffSerang, { villageCode: LONTAR })).rows).toHaveLength(1);
  });

  it("deletes a session with its attendance after confirmation, audited with who had attended", async () => {
    const { id } = await createSession(organizer, SESSION, { now: NOW });
    await addAttendee(organizer, { sessionId: id, personId: nur });
    await expect(deleteSession(organizer, { id, version: 0 })).rejects.toBeTruthy();
    await expect(deleteSession(organizer, { id, version: 3, confirm: "on" })).rejects.toEqual(new FieldError("_form", "perdes:versionConflict"));
    await deleteSession(organizer, { id, version: 0, confirm: "on" });
    expect(await db.socializationSession.count()).toBe(0);
    expect(await db.sessionAttendance.count()).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "session.delete" } });
    expect(entry).toMatchObject({ entityId: id, villageCode: LONTAR, after: null });
    expect(entry.before).toMatchObject({ title: SESSION.title, attendeeIds: [nur] });
  });

  it("lists a village's sessions newest first, by quarter and topic, with the number per quarter", async () => {
    await createTestSession(db, { villageCode: LONTAR, heldOn: day("2026-10-05"), topic: "SAFE_MIGRATION", title: "Oktober" });
    await createTestSession(db, { villageCode: LONTAR, heldOn: day("2026-11-12"), topic: "TPPO", title: "November", attendeeIds: [nur, dedi], otherAttendees: 5 });
    await createTestSession(db, { villageCode: LONTAR, heldOn: day("2026-08-20"), topic: "SAFE_MIGRATION", title: "Agustus" });
    await createTestSession(db, { villageCode: SUSUKAN, heldOn: day("2026-10-06"), title: "Susukan" });

    const all = await listSessions(organizer, { villageCode: LONTAR });
    expect(all.rows.map((r) => r.title)).toEqual(["November", "Oktober", "Agustus"]);
    expect(all.rows[0]).toMatchObject({ namedAttendees: 2, otherAttendees: 5 });
    expect(all.quarterCounts).toEqual([{ quarter: "2026-Q4", count: 2 }, { quarter: "2026-Q3", count: 1 }]);

    expect((await listSessions(organizer, { villageCode: LONTAR, quarter: "2026-Q3" })).rows.map((r) => r.title)).toEqual(["Agustus"]);
    const safe = await listSessions(staffSerang, { villageCode: LONTAR, topic: "SAFE_MIGRATION" });
    expect(safe.rows.map((r) => r.title)).toEqual(["Oktober", "Agustus"]);
    expect(safe.quarterCounts).toEqual([{ quarter: "2026-Q4", count: 1 }, { quarter: "2026-Q3", count: 1 }]);
    // An organizer asking for another village's list gets nothing.
    expect((await listSessions(organizer, { villageCode: SUSUKAN })).rows).toEqual([]);
  });

  it("tells which sessions a person attended, and whether one was on safe migration (before a day)", async () => {
    const tppo = await createTestSession(db, { villageCode: LONTAR, heldOn: day("2026-09-01"), topic: "TPPO", attendeeIds: [nur] });
    expect(await hasAttendedSafeMigration(db, nur)).toBe(false);
    const safe = await createTestSession(db, { villageCode: LONTAR, heldOn: day("2026-10-05"), topic: "SAFE_MIGRATION", attendeeIds: [nur] });
    expect(await hasAttendedSafeMigration(db, nur)).toBe(true);
    expect(await hasAttendedSafeMigration(db, nur, { onOrBefore: day("2026-10-04") })).toBe(false);
    expect(await hasAttendedSafeMigration(db, nur, { onOrBefore: day("2026-10-05") })).toBe(true);
    expect(await hasAttendedSafeMigration(db, dedi)).toBe(false);
    await db.$transaction(async (tx) => expect((await latestSafeMigrationSession(tx, nur))?.id).toBe(safe.id));

    expect((await listSessionAttendanceOf(organizer, nur)).map((s) => s.id)).toEqual([safe.id, tppo.id]);
    expect((await listSessionAttendanceOf(staffSerang, nur)).map((s) => s.topic)).toEqual(["SAFE_MIGRATION", "TPPO"]);
    await expect(listSessionAttendanceOf(staffPandeglang, nur)).rejects.toBeInstanceOf(NotFoundError);
  });
});
