import "server-only";
import type { ImportStatus } from "./import-status";
import { writeStatus } from "./job-store";

// Keeps status.json current while a background step runs: progress at most every 300 ms,
// and a heartbeat every few seconds even when one long SQL statement gives no progress, so
// the page can tell a slow step from one that died with the server.
export class ProgressWriter {
  private lastWrite = 0;
  private pending: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private status: ImportStatus,
    heartbeatMs = 5_000,
  ) {
    this.timer = setInterval(() => this.write(), heartbeatMs);
    this.timer.unref();
  }

  get current(): ImportStatus {
    return this.status;
  }

  /** Records progress; written to disk now or with the next write. */
  progress(progress: ImportStatus["progress"]): void {
    this.status = { ...this.status, progress };
    if (Date.now() - this.lastWrite >= 300) this.write();
  }

  private write(): void {
    this.lastWrite = Date.now();
    const snapshot = { ...this.status, heartbeatAt: new Date().toISOString() };
    this.pending = this.pending.then(() => writeStatus(snapshot)).catch((error) => console.error("[import-status]", error));
  }

  /** Stops the heartbeat without a final write (the caller records the failure). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.pending;
  }

  /** Stops the heartbeat and writes the final status (after any write still in flight). */
  async finish(status: ImportStatus): Promise<void> {
    clearInterval(this.timer);
    this.status = status;
    await this.pending;
    await writeStatus({ ...status, heartbeatAt: null });
  }
}
