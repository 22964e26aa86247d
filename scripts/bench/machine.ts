// What the numbers were measured on, written beside them: a benchmark result without the
// machine, the load already on it and the software versions is not comparable to anything.

import { execFileSync } from "node:child_process";
import os from "node:os";

export type MachineFacts = {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  postgres: string;
  loadBefore: number[];
  commit: string;
};

export function machineFacts(postgres: string): MachineFacts {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim();
    if (dirty) commit += " + uncommitted changes";
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    postgres,
    loadBefore: os.loadavg().map((l) => Math.round(l * 100) / 100),
    commit,
  };
}

/** Load average over the last minute, per core: above ~0.5 something else competes for the CPUs. */
export function loadPerCore(): number {
  return os.loadavg()[0]! / os.availableParallelism();
}
