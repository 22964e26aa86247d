import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password-hash";
import { FieldError } from "@/lib/validation/errors";
import { generateOneTimePassword } from "./one-time-password";
import { createUserSchema } from "./schemas";
import { assertEmailFree, assertRegionUsable, assertVillageUsable, AUDITED_USER_FIELDS, isEmailUniqueViolation } from "./user-checks";

export type CreateUserResult = {
  id: string;
  email: string;
  /** Shown once to the admin on the next screen; never stored or logged in clear. */
  oneTimePassword: string;
};

/**
 * Creates a user with a one-time password that must be changed at the first sign-in.
 * The input is parsed again here, so a caller that skips the form still meets every rule.
 */
export async function createUser(actor: Actor, rawInput: z.input<typeof createUserSchema>, meta: { ip?: string | null } = {}): Promise<CreateUserResult> {
  assertCan(actor, "user:create");
  const input = createUserSchema.parse(rawInput);
  const oneTimePassword = generateOneTimePassword([input.name, input.email]);
  const passwordHash = await hashPassword(oneTimePassword);

  try {
    const id = await db.$transaction(async (tx) => {
      await assertEmailFree(tx, input.email);
      await assertVillageUsable(tx, input.villageCode);
      await assertRegionUsable(tx, input.regionCode);
      const user = await tx.user.create({
        data: { ...input, passwordHash, mustChangePassword: true },
        select: { id: true, ...AUDITED_USER_FIELDS, passwordHash: true },
      });
      const { id: userId, ...after } = user;
      await writeAudit(tx, {
        actor,
        action: "user.create",
        entity: "User",
        entityId: userId,
        villageCode: user.villageCode,
        before: null,
        after,
        ip: meta.ip,
      });
      return userId;
    });
    return { id, email: input.email, oneTimePassword };
  } catch (error) {
    if (isEmailUniqueViolation(error)) throw new FieldError("email", "emailTaken");
    throw error;
  }
}
