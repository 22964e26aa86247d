import "server-only";
import type { Actor } from "@/lib/authz";
import { listRecruiterOptions } from "@/lib/recruiters/list-recruiters";
import { listContactVillages } from "@/lib/offer-check/look-up-facts";

/** The agent form's choices: companies in the registry and the villages using Lontar. */
export async function agentOptions(actor: Actor) {
  const [recruiters, villages] = await Promise.all([listRecruiterOptions(actor), listContactVillages()]);
  return {
    recruiters: recruiters.map((r) => ({ value: r.id, label: `${r.name} (${r.licenceNumber})` })),
    villages: villages.map((v) => ({ value: v.code, label: v.district ? `${v.name} (${v.district})` : v.name })),
  };
}
