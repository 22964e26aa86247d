import pkg from "@/package.json";
import { checkDatabase } from "@/lib/health/check-database";

// For uptime monitors and the load balancer. Answers on every request (never prerendered
// or cached) and says nothing a stranger could use: no settings, no connection string.
export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  const up = database.status === "up";
  return Response.json(
    {
      status: up ? "ok" : "degraded",
      app: { version: pkg.version, uptimeSeconds: Math.round(process.uptime()) },
      database,
    },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
