// One HTTP scenario under load with autocannon (programmatic API): N connections for a fixed
// time after a warm-up, on loopback. Before the load, one request checks that the URL answers
// what the scenario expects (200, the right page, not a redirect to the sign-in page), so a
// fast 404 or an empty page cannot pass for a fast search.

import autocannon from "autocannon";

export type LoadResult = {
  requestsPerSecond: number;
  p50: number;
  p975: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
};

export type HttpScenario = {
  url: string;
  cookie?: string;
  /** Text the page must contain (checked once before the load). */
  expect?: string | RegExp;
};

export async function checkScenario(s: HttpScenario): Promise<{ ok: true; ms: number } | { ok: false; reason: string }> {
  const started = performance.now();
  const res = await fetch(s.url, { headers: s.cookie ? { cookie: s.cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(120_000) });
  const ms = performance.now() - started;
  const body = await res.text();
  if (res.status !== 200) return { ok: false, reason: `HTTP ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}` };
  if (s.expect && !(typeof s.expect === "string" ? body.includes(s.expect) : s.expect.test(body))) {
    return { ok: false, reason: `the page does not contain ${String(s.expect)}` };
  }
  return { ok: true, ms };
}

export async function httpLoad(s: HttpScenario, opts: { connections: number; duration: number; warmup: number }): Promise<LoadResult> {
  const result = await autocannon({
    url: s.url,
    connections: opts.connections,
    duration: opts.duration,
    pipelining: 1,
    timeout: 30,
    headers: s.cookie ? { cookie: s.cookie } : {},
    ...(opts.warmup > 0 ? { warmup: { connections: opts.connections, duration: opts.warmup } } : {}),
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}
