import { notFound } from "next/navigation";
import { benchFloorEnabled, readBenchFloor } from "@/lib/bench/floor";

// `npm run bench`'s baseline: the cheapest page this build can serve (root layout, one
// SELECT 1). Absent (404) unless the server runs with BENCH_FLOOR=1, so deployments do not
// expose it. Rendered on every request, never prerendered (the variable is read at run time).
export const dynamic = "force-dynamic";

export default async function BenchFloorPage() {
  if (!benchFloorEnabled()) notFound();
  const value = await readBenchFloor();
  return (
    <main id="main" className="p-4">
      <h1>{value}</h1>
    </main>
  );
}
