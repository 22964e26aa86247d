// The part of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Percentiles = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p97_5: number; p99: number };
  export type AutocannonResult = {
    url: string;
    duration: number;
    /** Milliseconds; totalCount = completed requests. */
    latency: Percentiles & { totalCount: number };
    /** Per-second samples; total = completed requests, sent = requests sent. */
    requests: Percentiles & { total: number; sent: number };
    throughput: Percentiles & { total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    mismatches: number;
    resets: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  export type AutocannonOptions = {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    timeout?: number;
    headers?: Record<string, string>;
    method?: string;
    warmup?: { connections?: number; duration?: number };
    expectBody?: string;
  };
  function autocannon(opts: AutocannonOptions): Promise<AutocannonResult>;
  export default autocannon;
}
