"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { sessionCookieName } from "@/lib/auth/session";
import { changePassword } from "./change-password";
import { changePasswordSchema, signOutEverywhereSchema } from "./schemas";
import { signOutEverywhere } from "./sign-out-everywhere";

// Both actions end every session of the user, this one included. The session row is
// already closed, so the cookie is worthless; it is cleared anyway so the browser does not
// keep sending it. (A __Secure- cookie can only be overwritten with the Secure flag.)
async function dropSessionCookie(): Promise<void> {
  const name = sessionCookieName();
  (await cookies()).set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
}

export const changePasswordAction = formAction({
  permission: "account:manage-own",
  schema: changePasswordSchema,
  run: (input, { actor, ip }) => changePassword(actor, input, { ip }),
  onSuccess: async () => {
    await dropSessionCookie();
    redirect("/sign-in?notice=passwordChanged");
  },
});

export const signOutEverywhereAction = formAction({
  permission: "account:manage-own",
  schema: signOutEverywhereSchema,
  run: (_input, { actor, ip }) => signOutEverywhere(actor, { ip }),
  onSuccess: async () => {
    await dropSessionCookie();
    redirect("/sign-in?notice=signedOutEverywhere");
  },
});
