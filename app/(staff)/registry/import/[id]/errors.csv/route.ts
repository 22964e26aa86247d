import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { csvField } from "@/lib/export/to-csv";
import { describeError } from "@/lib/import/describe-error";
import { getImport } from "@/lib/import/import-operations";
import { readErrors } from "@/lib/import/read-errors";
import { downloadResponse } from "@/lib/http/download";

// The problems of an import as CSV (row, field, cell, problem), streamed from the error
// file, so a report of 100,000 lines never sits in memory. Cells are user text: formulas are
// neutralised by csvField.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  if (!can(actor.role, "registry:import") || actor.mustChangePassword) return new Response("Not found", { status: 404 });
  const { id } = await params;
  let status;
  try {
    status = await getImport(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
  const t = await getTranslations("import");
  const line = (cells: (string | number)[]) => `${cells.map((c) => csvField(c)).join(",")}\r\n`;
  const encoder = new TextEncoder();
  const entries = readErrors(status);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${line([t("preview.line"), t("preview.field"), t("preview.value"), t("preview.reason")])}`));
    },
    async pull(controller) {
      let chunk = "";
      for (let i = 0; i < 500; i++) {
        const next = await entries.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        const e = next.value;
        const { field, reason } = describeError(e, t);
        chunk += line([e.line, field, e.value, reason]);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await entries.return(undefined);
    },
  });
  const base = status.fileName.replace(/\.(csv|xlsx)$/i, "").replace(/[^\w.-]+/g, "-").slice(0, 60) || "berkas";
  return downloadResponse(body, `${t("errorReport.filename")}-${base}.csv`, "csv");
}
