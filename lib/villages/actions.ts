"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { updateVillageProfile, villageProfileSchema } from "./village-profile";

export const updateVillageProfileAction = formAction({
  permission: "village:profile-write",
  schema: villageProfileSchema,
  run: (input, { actor, ip }) => updateVillageProfile(actor, input, { ip }),
  onSuccess: () => {
    revalidatePath("/perdes/village");
    redirect("/perdes/village?done=saved");
  },
});
