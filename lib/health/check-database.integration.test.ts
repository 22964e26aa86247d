import { describe, expect, it } from "vitest";
import { checkDatabase } from "./check-database";

describe("checkDatabase", () => {
  it("answers up with a latency when the database responds", async () => {
    const result = await checkDatabase();
    expect(result.status).toBe("up");
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(result.latencyMs).toBeLessThan(2000);
  });
});
