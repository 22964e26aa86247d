import "server-only";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";

/** The region codes that contain a village: 36.04.13.2007 → 36, 36.04, 36.04.13. */
export function regionsContaining(villageCode: string): string[] {
  const parts = villageCode.split(".");
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("."));
}

/** BP3MI staff who can handle a case of this village: active, with a region containing it. */
export async function listHandlersFor(villageCode: string, tx: Pick<Tx, "user"> = db): Promise<{ id: string; name: string }[]> {
  return tx.user.findMany({
    where: { role: "BP3MI_STAFF", disabledAt: null, regionCode: { in: regionsContaining(villageCode) } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
