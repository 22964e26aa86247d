// The benchmark's results: a table on the terminal, the acceptance targets of issue 3 checked
// against it, and a dated Markdown section for docs/benchmarks.md.

import type { LoadResult } from "./http-load";
import type { MachineFacts } from "./machine";

export type Measurement = {
  scenario: string;
  role: string;
  path: string;
  result: LoadResult | null;
  /** Why there is no result (the check before the load failed). */
  skipped?: string;
};

export type Targets = { label: string; ok: boolean; detail: string }[];

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
const x = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(1)}×` : "–");

/** p97.5 over the baseline's p97.5 (how much slower) and req/s over the baseline's (what share of its throughput). */
export function ratios(r: LoadResult, base: LoadResult | null | undefined): { p975: string; rps: string } {
  if (!base) return { p975: "–", rps: "–" };
  return { p975: x(r.p975 / base.p975), rps: x(r.requestsPerSecond / base.requestsPerSecond) };
}

export type Row = string[];

export const HEADERS = ["scenario", "role", "req/s", "p50", "p97.5", "p99", "errors/non-2xx", "p97.5 ÷ SQL", "req/s ÷ SQL", "p97.5 ÷ floor", "req/s ÷ floor"];

export function rows(measurements: readonly Measurement[], sqlFor: (role: string) => LoadResult | null | undefined, floor: LoadResult | null | undefined): Row[] {
  return measurements.map((m) => {
    if (!m.result) return [m.scenario, m.role, "–", "–", "–", "–", `skipped: ${m.skipped ?? "?"}`, "", "", "", ""];
    const r = m.result;
    if (r.total === 0) return [m.scenario, m.role, "0", "–", "–", "–", `${r.errors}/${r.non2xx}, no request completed`, "", "", "", ""];
    const sql = ratios(r, sqlFor(m.role));
    const fl = ratios(r, floor);
    return [m.scenario, m.role, r.requestsPerSecond.toFixed(1), ms(r.p50), ms(r.p975), ms(r.p99), `${r.errors}/${r.non2xx}`, sql.p975, sql.rps, fl.p975, fl.rps];
  });
}

/** Issue 3's acceptance: name search and person page p97.5 ≤ 200 ms, deep pages as fast as page one, zero errors. */
export function checkTargets(measurements: readonly Measurement[]): Targets {
  const targets: Targets = [];
  const find = (scenario: string, role: string) => measurements.find((m) => m.scenario === scenario && m.role === role)?.result;
  const roles = [...new Set(measurements.filter((m) => m.role !== "–").map((m) => m.role))];
  for (const role of roles) {
    for (const scenario of ["name search", "person page"]) {
      const r = find(scenario, role);
      const measured = r && r.total > 0 ? r : null;
      targets.push({ label: `${scenario} p97.5 ≤ 200 ms (${role})`, ok: !!measured && measured.p975 <= 200, detail: measured ? ms(measured.p975) : "not measured" });
    }
    const first = [find("list page 1", role)].find((r) => r && r.total > 0);
    const deep = [find("list deep page", role)].find((r) => r && r.total > 0);
    // "As fast as page one": within 25% (or 20 ms, for pages that are fast anyway).
    const ok = !!first && !!deep && deep.p975 <= Math.max(first.p975 * 1.25, first.p975 + 20);
    targets.push({ label: `deep page as fast as page one (${role})`, ok, detail: first && deep ? `${ms(deep.p975)} vs ${ms(first.p975)}` : "not measured" });
  }
  const failed = measurements.filter((m) => !m.result || m.result.total === 0 || m.result.errors > 0 || m.result.non2xx > 0);
  targets.push({
    label: "zero errors and non-2xx",
    ok: failed.length === 0,
    detail: failed.length ? failed.map((m) => `${m.scenario} (${m.role}): ${m.result ? `${m.result.errors}/${m.result.non2xx}` : m.skipped}`).join("; ") : "none",
  });
  return targets;
}

export function markdownTable(headers: readonly string[], body: readonly Row[]): string {
  const esc = (s: string) => s.replaceAll("|", "\\|");
  return [
    `| ${headers.map(esc).join(" | ")} |`,
    `|${headers.map((_, i) => (i < 2 ? "---" : "---:")).join("|")}|`,
    ...body.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}

export function markdownSection(input: {
  facts: MachineFacts;
  loadAfter: number[];
  settings: string;
  data: string;
  queries: string[];
  table: Row[];
  targets: Targets;
  notes: string[];
}): string {
  const f = input.facts;
  return [
    `## ${f.date.slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Machine: ${f.cpus} CPUs (${f.cpuModel}), ${f.memoryGb} GB RAM; Node ${f.node}; ${f.postgres}; commit ${f.commit}.`,
    `Load average (1/5/15 min) before: ${f.loadBefore.join(" / ")}, after: ${input.loadAfter.join(" / ")}.`,
    `Run: ${input.settings}`,
    `Data: ${input.data}`,
    "",
    ...input.queries.map((q) => `- ${q}`),
    "",
    markdownTable(HEADERS, input.table),
    "",
    "Targets (issue 3):",
    "",
    ...input.targets.map((t) => `- ${t.ok ? "✅" : "❌"} ${t.label}: ${t.detail}`),
    ...(input.notes.length ? ["", ...input.notes.map((n) => `> ${n}`)] : []),
    "",
  ].join("\n");
}
