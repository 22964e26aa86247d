import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { UUID } from "@/lib/users/uuid";
import { findScopedCase } from "../case-access";

export type DownloadedAttachment = { fileName: string; mimeType: string; content: Uint8Array<ArrayBuffer> };

/**
 * One attachment's bytes, for the download route. Every download is an audited access to
 * the case's documents: the read and its audit entry are one transaction, so no bytes leave
 * without the entry.
 */
export async function downloadAttachment(actor: Actor, caseId: string, attachmentId: string, meta: { ip?: string | null } = {}): Promise<DownloadedAttachment> {
  assertCan(actor, "case:read");
  if (!UUID.test(caseId) || !UUID.test(attachmentId)) throw new NotFoundError("CaseAttachment");
  return db.$transaction(
    async (tx) => {
      const kase = await findScopedCase(tx, actor, caseId);
      const attachment = await tx.caseAttachment.findFirst({
        where: { id: attachmentId, caseId: kase.id },
        select: { id: true, fileName: true, mimeType: true, size: true, sha256: true, content: true },
      });
      if (!attachment) throw new NotFoundError("CaseAttachment");
      await writeAudit(tx, {
        actor,
        action: "case.attachment-download",
        entity: "CaseAttachment",
        entityId: attachment.id,
        villageCode: kase.villageCode,
        after: { caseId: kase.id, caseNumber: kase.number, fileName: attachment.fileName, size: attachment.size, sha256: attachment.sha256 },
        ip: meta.ip,
      });
      return { fileName: attachment.fileName, mimeType: attachment.mimeType, content: attachment.content };
    },
    { timeout: 30_000 },
  );
}
