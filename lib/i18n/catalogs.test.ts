import { describe, expect, it } from "vitest";
import { allCatalogs } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogs", () => {
  it("have the same keys in Indonesian and English", () => {
    const id = keys(allCatalogs.id).sort();
    const en = keys(allCatalogs.en).sort();
    expect(en.filter((k) => !id.includes(k)), "only in English").toEqual([]);
    expect(id.filter((k) => !en.includes(k)), "only in Indonesian").toEqual([]);
  });

  it("have no empty message", () => {
    for (const [locale, catalog] of Object.entries(allCatalogs)) {
      for (const key of keys(catalog)) {
        const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalog);
        if (typeof value === "object" && value !== null && Object.keys(value).length === 0) continue;
        expect(typeof value === "string" && value.trim().length > 0, `${locale}: ${key}`).toBe(true);
      }
    }
  });
});
