import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, NotFoundError, villageScope, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/validation/errors";
import { updateUserSchema } from "./schemas";
import { assertEmailFree, assertRegionUsable, assertVillageUsable, AUDITED_USER_FIELDS, isEmailUniqueViolation } from "./user-checks";
import { endOpenSessions } from "@/lib/auth/sessions";

/**
 * Saves a user's e-mail, name, role and place. A change of role or place changes what the
 * user may see, so their open sessions end (the session version rises) and they sign in
 * again with the new rights.
 */
export async function updateUser(actor: Actor, rawInput: z.input<typeof updateUserSchema>, meta: { ip?: string | null } = {}): Promise<{ id: string; sessionsEnded: boolean }> {
  assertCan(actor, "user:update");
  const input = updateUserSchema.parse(rawInput);

  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findFirst({
        where: { AND: [{ id: input.id }, villageScope(actor)] },
        select: AUDITED_USER_FIELDS,
      });
      if (!before) throw new NotFoundError("User");
      // An admin who demoted themselves could leave the portal without any admin.
      if (input.id === actor.id && input.role !== before.role) throw new FieldError("role", "cannotChangeOwnRole");

      if (input.email !== before.email) await assertEmailFree(tx, input.email, input.id);
      if (input.villageCode !== before.villageCode) await assertVillageUsable(tx, input.villageCode);
      if (input.regionCode !== before.regionCode) await assertRegionUsable(tx, input.regionCode);

      const rightsChanged =
        input.role !== before.role || input.villageCode !== before.villageCode || input.regionCode !== before.regionCode;
      const after = await tx.user.update({
        where: { id: input.id },
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          villageCode: input.villageCode,
          regionCode: input.regionCode,
          ...(rightsChanged ? { sessionVersion: { increment: 1 } } : {}),
        },
        select: AUDITED_USER_FIELDS,
      });
      if (rightsChanged) await endOpenSessions(tx, input.id);

      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await writeAudit(tx, {
          actor,
          action: "user.update",
          entity: "User",
          entityId: input.id,
          villageCode: after.villageCode ?? before.villageCode,
          before,
          after,
          ip: meta.ip,
        });
      }
      return { id: input.id, sessionsEnded: rightsChanged };
    });
  } catch (error) {
    if (isEmailUniqueViolation(error)) throw new FieldError("email", "emailTaken");
    throw error;
  }
}
