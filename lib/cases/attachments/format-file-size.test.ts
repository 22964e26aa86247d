import { describe, expect, it } from "vitest";
import { formatFileSize } from "./format-file-size";

describe("formatFileSize", () => {
  it.each([
    [1, "id", "1 KB"],
    [1024, "id", "1 KB"],
    [1025, "id", "2 KB"],
    [250_000, "id", "245 KB"],
    [1_572_864, "id", "1,5 MB"],
    [1_572_864, "en", "1.5 MB"],
    [10_485_760, "id", "10 MB"],
  ] as const)("%i bytes (%s) → %s", (bytes, locale, expected) => {
    expect(formatFileSize(bytes, locale)).toBe(expected);
  });
});
