import { getActor } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { getImport } from "@/lib/import/import-operations";
import { percentDone } from "@/lib/import/import-status";

// Polled by the progress bar of /registry/import/[id]: the stage and how far it got.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor || !can(actor.role, "registry:import")) return new Response("Not found", { status: 404 });
  const { id } = await params;
  try {
    const status = await getImport(actor, id);
    return Response.json(
      { stage: status.stage, percent: percentDone(status), step: status.progress?.step ?? null },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
