// Streams rows into one table with COPY … FROM STDIN (text format) on its own connection, in
// its own transaction: TRUNCATE then COPY … FREEZE, so the rows are written once, already
// frozen, with no later vacuum pass to set hint bits. Rows are buffered into ~256 kB chunks;
// the caller awaits drain() between batches, so memory stays flat however many rows go through.

import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Writable } from "node:stream";

export type Cell = string | number | boolean | null | undefined;

const CHUNK_CHARS = 256 * 1024;

/** One value in COPY text format: \N for null, backslash escapes for \, tab, newline, CR. */
export function copyValue(value: Cell): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  const s = String(value);
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!) : s;
}

export function copyLine(values: readonly Cell[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) line += (i ? "\t" : "") + copyValue(values[i]);
  return `${line}\n`;
}

export class CopySink {
  rows = 0;
  /** Characters of COPY text sent. */
  chars = 0;
  private client: pg.Client | undefined;
  private stream: Writable | undefined;
  private buffer = "";
  private waiting: Promise<void> | undefined;
  private failure: Error | undefined;

  constructor(
    private readonly url: string,
    readonly table: string,
    readonly columns: readonly string[],
  ) {}

  async open(): Promise<void> {
    this.client = new pg.Client({ connectionString: this.url });
    await this.client.connect();
    await this.client.query("SET synchronous_commit = off");
    await this.client.query("BEGIN");
    await this.client.query(`TRUNCATE "${this.table}"`);
    const cols = this.columns.map((c) => `"${c}"`).join(", ");
    this.stream = this.client.query(copyFrom(`COPY "${this.table}" (${cols}) FROM STDIN WITH (FREEZE)`));
    this.stream.on("error", (error: Error) => {
      this.failure = error;
    });
  }

  /** Adds one row; values in the order of `columns`. */
  row(values: readonly Cell[]): void {
    this.buffer += copyLine(values);
    this.rows++;
    if (this.buffer.length >= CHUNK_CHARS) this.flush();
  }

  private flush(): void {
    if (!this.buffer) return;
    if (this.failure) throw this.failure;
    this.chars += this.buffer.length;
    const ok = this.stream!.write(this.buffer);
    this.buffer = "";
    if (!ok && !this.waiting) {
      this.waiting = new Promise<void>((resolve) => this.stream!.once("drain", () => resolve())).finally(() => {
        this.waiting = undefined;
      });
    }
  }

  /** Resolves when the connection has taken what was written so far (backpressure). */
  async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.waiting) await this.waiting;
  }

  /** Sends the rest, ends the COPY and commits. */
  async close(): Promise<void> {
    this.flush();
    const stream = this.stream!;
    await new Promise<void>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      stream.once("error", reject);
      stream.once("finish", () => resolve());
      stream.end();
    });
    await this.client!.query("COMMIT");
    await this.client!.end();
  }

  /** Gives up: rolls back (nothing of this table is kept) and closes the connection. */
  async abort(): Promise<void> {
    try {
      this.stream?.destroy();
      await this.client?.end();
    } catch {
      // already broken
    }
  }
}
