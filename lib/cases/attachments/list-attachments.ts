import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { UUID } from "@/lib/users/uuid";
import { findScopedCase } from "../case-access";

export type AttachmentListItem = {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  description: string | null;
  uploadedAt: Date;
  uploadedByName: string | null;
};

/** A case's attachments, newest first: what they are, never their bytes. */
export async function listAttachments(actor: Actor, caseId: string): Promise<AttachmentListItem[]> {
  assertCan(actor, "case:read");
  if (!UUID.test(caseId)) throw new NotFoundError("Case");
  const kase = await findScopedCase(db, actor, caseId);
  const rows = await db.caseAttachment.findMany({
    where: { caseId: kase.id },
    orderBy: [{ uploadedAt: "desc" }, { id: "desc" }],
    select: { id: true, fileName: true, mimeType: true, size: true, description: true, uploadedAt: true, uploadedById: true },
  });
  const uploaderIds = [...new Set(rows.map((r) => r.uploadedById).filter((id): id is string => id !== null))];
  const uploaders = uploaderIds.length ? await db.user.findMany({ where: { id: { in: uploaderIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(uploaders.map((u) => [u.id, u.name]));
  return rows.map(({ uploadedById, ...row }) => ({ ...row, uploadedByName: uploadedById ? (names.get(uploadedById) ?? null) : null }));
}
