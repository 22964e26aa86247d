import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { getRegulation } from "./get-regulation";
import { listRegulations } from "./list-regulations";
import { getPublicRegulation, listPublicRegulations } from "./public-regulations";
import { createRegulation, updateRegulation } from "./save-regulation";
import { addArticle, moveArticle, removeArticle, updateArticle } from "./write-articles";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const PANDEGLANG_VILLAGE = "36.01.01.2001";
const NOW = new Date("2026-11-20T05:00:00Z");
const REGULATION = { number: "3", year: "2018", title: "Pelindungan Pekerja Migran Indonesia", status: "IN_FORCE", enactedOn: "2018-10-01" };

let official: Actor;
let officialSusukan: Actor;
let organizer: Actor;
let staffSerang: Actor;
let staffPandeglang: Actor;

async function regulationWithArticles(count = 2) {
  const { id } = await createRegulation(official, REGULATION, { now: NOW });
  let version = 0;
  for (let i = 1; i <= count; i++) ({ version } = await addArticle(official, { regulationId: id, version, number: `Pasal ${i}`, heading: i === 1 ? "Ketentuan Umum" : "", text: `Isi pasal ${i}.` }));
  return { id, version };
}

describe("village regulations", () => {
  beforeEach(async () => {
    await resetDatabase();
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    officialSusukan = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: SUSUKAN }));
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    staffSerang = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    staffPandeglang = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    await createTestUser(db, { role: "ORGANIZER", villageCode: PANDEGLANG_VILLAGE });
  });

  it("an official adds a regulation of their village and its articles; each write raises the version and is audited", async () => {
    const { id, version } = await regulationWithArticles(2);
    expect(version).toBe(2);
    const regulation = await getRegulation(organizer, id);
    expect(regulation).toMatchObject({ villageCode: LONTAR, villageName: "Lontar", number: "3", year: 2018, status: "IN_FORCE", version: 2 });
    expect(regulation.articles.map((a) => [a.number, a.heading, a.sortOrder, a.checklistItemCount])).toEqual([
      ["Pasal 1", "Ketentuan Umum", 0, 0],
      ["Pasal 2", null, 1, 0],
    ]);

    const audit = await db.auditLog.findMany({ where: { entity: "VillageRegulation", entityId: id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["regulation.create", "regulation.article.add", "regulation.article.add"]);
    expect(audit.every((a) => a.villageCode === LONTAR && a.actorId === official.id)).toBe(true);
    expect(audit[0]!.after).toMatchObject({ number: "3", year: 2018, status: "IN_FORCE", enactedOn: "2018-10-01T00:00:00.000Z" });
    expect(audit[1]!.after).toMatchObject({ version: 1, article: { number: "Pasal 1", heading: "Ketentuan Umum", text: "Isi pasal 1." } });

    // BP3MI staff of the region read it too; the list shows it with its article count.
    expect(await listRegulations(staffSerang, LONTAR)).toEqual([expect.objectContaining({ id, articleCount: 2 })]);
  });

  it("edits, moves and removes articles, with the regulation's version", async () => {
    const { id, version } = await regulationWithArticles(3);
    const [first, second, third] = (await getRegulation(official, id)).articles;
    let v = (await updateArticle(official, { regulationId: id, version, articleId: second!.id, number: "2", heading: "Pendataan", text: "Desa mendata setiap calon PMI." })).version;
    v = (await moveArticle(official, { regulationId: id, version: v, articleId: third!.id, direction: "up" })).version;
    expect((await getRegulation(official, id)).articles.map((a) => a.number)).toEqual(["Pasal 1", "Pasal 3", "Pasal 2"]);
    await expect(moveArticle(official, { regulationId: id, version: v, articleId: first!.id, direction: "up" })).rejects.toEqual(new FieldError("_form", "perdes:articleCannotMove"));
    v = (await removeArticle(official, { regulationId: id, version: v, articleId: first!.id, confirm: "on" })).version;
    const after = await getRegulation(official, id);
    expect(after.articles.map((a) => [a.number, a.heading])).toEqual([["Pasal 3", null], ["Pasal 2", "Pendataan"]]);
    expect(after.version).toBe(v);

    const actions = (await db.auditLog.findMany({ where: { entityId: id }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions.slice(-3)).toEqual(["regulation.article.update", "regulation.article.move", "regulation.article.remove"]);
    const removed = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "regulation.article.remove" } });
    expect(removed.before).toMatchObject({ article: { id: first!.id, number: "Pasal 1" } });
    const moved = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "regulation.article.move" } });
    expect(moved.after).toMatchObject({ order: ["Pasal 1", "Pasal 3", "Pasal 2"] });
  });

  it("refuses a stale version, and writes nothing", async () => {
    const { id } = await regulationWithArticles(1);
    await expect(addArticle(official, { regulationId: id, version: 0, number: "Pasal 2", text: "Lama." })).rejects.toEqual(new FieldError("_form", "perdes:versionConflict"));
    await expect(updateRegulation(official, { id, version: 0, ...REGULATION, title: "Judul lain" }, { now: NOW })).rejects.toEqual(new FieldError("_form", "perdes:versionConflict"));
    expect((await getRegulation(official, id)).articles).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(2);
  });

  it("tells a duplicate number of the same village and year on the number field; another year or village may use it", async () => {
    await createRegulation(official, REGULATION, { now: NOW });
    await expect(createRegulation(official, { ...REGULATION, number: "03", title: "Lain" }, { now: NOW })).rejects.toEqual(new FieldError("number", "perdes:regulationNumberTaken"));
    expect(await db.villageRegulation.count()).toBe(1);
    expect(await db.auditLog.count({ where: { entity: "VillageRegulation" } })).toBe(1);

    const other = await createRegulation(official, { ...REGULATION, year: "2019", enactedOn: "2019-02-01" }, { now: NOW });
    await createRegulation(officialSusukan, REGULATION, { now: NOW });
    await expect(updateRegulation(official, { id: other.id, version: 0, ...REGULATION })).rejects.toEqual(new FieldError("number", "perdes:regulationNumberTaken"));
  });

  it("checks the enactment date: needed once in force, in the regulation's year, not in the future", async () => {
    await expect(createRegulation(official, { ...REGULATION, enactedOn: "" }, { now: NOW })).rejects.toEqual(new FieldError("enactedOn", "perdes:enactedOnRequired"));
    await expect(createRegulation(official, { ...REGULATION, enactedOn: "2019-01-05" }, { now: NOW })).rejects.toEqual(new FieldError("enactedOn", "perdes:enactedOnOtherYear"));
    await expect(createRegulation(official, { ...REGULATION, year: "2026", enactedOn: "2026-12-01" }, { now: NOW })).rejects.toEqual(new FieldError("enactedOn", "perdes:enactedOnInFuture"));
    await createRegulation(official, { ...REGULATION, status: "DRAFT", enactedOn: "" }, { now: NOW });
    expect(await db.villageRegulation.count()).toBe(1);
  });

  it("refuses two articles with the same number (they would share an anchor)", async () => {
    const { id, version } = await regulationWithArticles(1);
    await expect(addArticle(official, { regulationId: id, version, number: "pasal 1", text: "Lagi." })).rejects.toEqual(new FieldError("number", "perdes:articleNumberTaken"));
  });

  it("refuses to remove an article a checklist item points to; nothing changes", async () => {
    const { id, version } = await regulationWithArticles(2);
    const article = (await getRegulation(official, id)).articles[0]!;
    await db.villageChecklistItem.create({ data: { villageCode: LONTAR, kind: "FAMILY_CONSENT", label: "Izin keluarga", articleId: article.id } });
    expect((await getRegulation(official, id)).articles[0]!.checklistItemCount).toBe(1);
    await expect(removeArticle(official, { regulationId: id, version, articleId: article.id, confirm: "on" })).rejects.toEqual(new FieldError("_form", "perdes:articleInChecklist"));
    const after = await getRegulation(official, id);
    expect(after.articles).toHaveLength(2);
    expect(after.version).toBe(version);
    expect(await db.auditLog.count({ where: { action: "regulation.article.remove" } })).toBe(0);
  });

  it("hides another village's regulation from an official there and from BP3MI staff of another region (NotFound)", async () => {
    const { id, version } = await regulationWithArticles(1);
    const articleId = (await getRegulation(official, id)).articles[0]!.id;
    await expect(getRegulation(officialSusukan, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRegulation(staffPandeglang, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateRegulation(officialSusukan, { id, version, ...REGULATION, title: "Diubah" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addArticle(officialSusukan, { regulationId: id, version, number: "Pasal 9", text: "Sisipan." })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeArticle(officialSusukan, { regulationId: id, version, articleId, confirm: "on" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await listRegulations(staffPandeglang, LONTAR)).toEqual([]);
    expect(await listRegulations(officialSusukan, LONTAR)).toEqual([]);
    expect((await getRegulation(official, id)).version).toBe(version);
  });

  it("lets only officials write: organizers and BP3MI staff get Forbidden", async () => {
    const { id, version } = await regulationWithArticles(1);
    await expect(createRegulation(organizer, REGULATION, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addArticle(organizer, { regulationId: id, version, number: "Pasal 2", text: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateRegulation(staffSerang, { id, version, ...REGULATION })).rejects.toBeInstanceOf(ForbiddenError);
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    await expect(listRegulations(admin, LONTAR)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.villageRegulation.count()).toBe(1);
  });

  it("the public pages show enacted regulations (in force or revoked), never a draft", async () => {
    const inForce = await regulationWithArticles(2);
    const revoked = await createRegulation(official, { ...REGULATION, number: "1", year: "2015", status: "REVOKED", enactedOn: "2015-03-01", title: "Perdes lama" }, { now: NOW });
    const draft = await createRegulation(official, { ...REGULATION, number: "2", year: "2026", status: "DRAFT", enactedOn: "", title: "Rancangan" }, { now: NOW });
    await addArticle(official, { regulationId: draft.id, version: 0, number: "Pasal 1", text: "Rancangan." });

    const listed = await listPublicRegulations(LONTAR);
    expect(listed?.village).toMatchObject({ code: LONTAR, name: "Lontar", kecamatan: "Tirtayasa", kabupaten: "Kabupaten Serang" });
    expect(listed?.regulations.map((r) => [r.id, r.status])).toEqual([[inForce.id, "IN_FORCE"], [revoked.id, "REVOKED"]]);
    const shown = await getPublicRegulation(LONTAR, inForce.id);
    expect(shown?.regulation.articles.map((a) => a.number)).toEqual(["Pasal 1", "Pasal 2"]);

    expect(await getPublicRegulation(LONTAR, draft.id)).toBeNull();
    expect(await getPublicRegulation(SUSUKAN, inForce.id)).toBeNull();
    expect(await getPublicRegulation(LONTAR, "not-a-uuid")).toBeNull();
    expect(await listPublicRegulations("99.99.99.9999")).toBeNull();
    expect(await listPublicRegulations("<script>")).toBeNull();
    // Once it goes back to draft it leaves the public page.
    await updateRegulation(official, { id: inForce.id, version: inForce.version, ...REGULATION, status: "DRAFT", enactedOn: "" }, { now: NOW });
    expect((await listPublicRegulations(LONTAR))?.regulations.map((r) => r.id)).toEqual([revoked.id]);
  });
});
