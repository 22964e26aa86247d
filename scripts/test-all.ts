// `npm test`: unit, integration and end-to-end tests, one after another, then one line
// `tests: N passed, N failed` (CI reads it). Exit code 1 when anything failed.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

type Count = { passed: number; failed: number; skipped: number };

function run(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function vitestCount(file: string): Count {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean };
  // A file that failed to load counts as a failure even if no test inside it ran.
  const failed = r.numFailedTests + (r.success || r.numFailedTests > 0 ? 0 : 1);
  return { passed: r.numPassedTests, failed, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCount(file: string): Count {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0), skipped: r.stats.skipped };
}

rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results", { recursive: true });
const only = process.argv[2];
const total: Count = { passed: 0, failed: 0, skipped: 0 };
const codes: number[] = [];

for (const project of ["unit", "integration"] as const) {
  if (only && only !== project) continue;
  const out = `test-results/${project}.json`;
  codes.push(await run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]));
  const c = vitestCount(out);
  total.passed += c.passed; total.failed += c.failed; total.skipped += c.skipped;
}
if (!only || only === "e2e") {
  codes.push(await run("npx", ["playwright", "test"]));
  const c = playwrightCount("test-results/e2e.json");
  total.passed += c.passed; total.failed += c.failed; total.skipped += c.skipped;
}

const failed = codes.some((c) => c !== 0) && total.failed === 0 ? 1 : total.failed;
console.log(`\ntests: ${total.passed} passed, ${failed} failed, ${total.skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
