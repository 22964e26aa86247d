import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { UUID } from "@/lib/users/uuid";
import { FieldError } from "@/lib/validation/errors";
import { findScopedCase } from "../case-access";
import { addCaseEvent } from "../case-events";
import { checkAttachmentBytes } from "./attachment-limits";
import { ATTACHMENT_TYPES } from "./detect-file-type";
import { sanitizeFileName } from "./sanitize-file-name";
import { attachmentFieldsSchema } from "./schemas";

export type UploadAttachmentInput = {
  caseId: string;
  /** The name the browser sent; stored cleaned (sanitize-file-name.ts). */
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  description?: string | null;
};

export type UploadedAttachment = { id: string; fileName: string; mimeType: string; size: number };

/**
 * Stores a photo or PDF on a case. The type is read from the file's first bytes; a file that
 * is empty, over 10 MB or of another type is refused with nothing written. The row, its
 * timeline entry and the audit entry commit together.
 */
export async function uploadAttachment(actor: Actor, input: UploadAttachmentInput, meta: { ip?: string | null; now?: Date } = {}): Promise<UploadedAttachment> {
  assertCan(actor, "case:attach");
  if (!UUID.test(input.caseId)) throw new NotFoundError("Case");
  const check = checkAttachmentBytes(input.bytes);
  if (!check.ok) throw new FieldError("file", `caseFiles:${check.reason}`);
  const fields = attachmentFieldsSchema.safeParse({ description: input.description ?? "" });
  if (!fields.success) throw new FieldError("description", fields.error.issues[0]!.message);

  const mimeType = ATTACHMENT_TYPES[check.kind].mimeType;
  const fileName = sanitizeFileName(input.fileName, check.kind);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const now = meta.now ?? new Date();

  return db.$transaction(
    async (tx) => {
      const kase = await findScopedCase(tx, actor, input.caseId);
      const attachment = await tx.caseAttachment.create({
        data: {
          caseId: kase.id,
          fileName,
          mimeType,
          size: input.bytes.length,
          sha256,
          content: input.bytes,
          description: fields.data.description,
          uploadedById: actor.id,
          uploadedAt: now,
        },
        select: { id: true, fileName: true, mimeType: true, size: true, sha256: true, description: true },
      });
      await addCaseEvent(tx, actor, kase.id, {
        kind: "ATTACHMENT",
        at: now,
        text: attachment.description,
        data: { attachmentId: attachment.id, fileName, mimeType, size: attachment.size },
      });
      await writeAudit(tx, {
        actor,
        action: "case.attachment-add",
        entity: "CaseAttachment",
        entityId: attachment.id,
        villageCode: kase.villageCode,
        after: { caseId: kase.id, caseNumber: kase.number, fileName, mimeType, size: attachment.size, sha256, description: attachment.description },
        ip: meta.ip,
      });
      return { id: attachment.id, fileName, mimeType, size: attachment.size };
    },
    { timeout: 30_000 },
  );
}
