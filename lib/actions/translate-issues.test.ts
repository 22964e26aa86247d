import { z } from "zod";
import { describe, expect, it } from "vitest";
import { splitMessageKey, translateIssues, translateMessageKey } from "./translate-issues";

const common = (key: string, p?: Record<string, string | number>) => `common:${key}${p && Object.keys(p).length ? JSON.stringify(p) : ""}`;
const root = (key: string) => `root:${key}`;

const schema = z.object({
  name: z.string().min(1, "required").max(3, "tooLong"),
  nik: z.string().refine((s) => /^\d{16}$/.test(s), "registry:nikLength"),
  odd: z.string().refine(() => false, "not a key"),
});

describe("translateIssues", () => {
  const issues = schema.safeParse({ name: "abcd", nik: "123", odd: "x" }).error!.issues;

  it("translates common.errors keys as before, with their parameters", () => {
    expect(translateIssues(issues, common)).toMatchObject({ name: 'common:tooLong{"max":3}', odd: "common:invalidFormat" });
  });

  it("translates a namespaced key through the second translator, in that namespace's errors", () => {
    expect(translateIssues(issues, common, root).nik).toBe("root:registry.errors.nikLength");
  });

  it("falls back to the generic message when no second translator is given (backward compatible)", () => {
    expect(translateIssues(issues, common).nik).toBe("common:invalidFormat");
  });
});

describe("translateMessageKey", () => {
  it("passes a plain key to the common translator and a namespaced one to the root translator", () => {
    expect(translateMessageKey("emailTaken", common, root)).toBe("common:emailTaken");
    expect(translateMessageKey("registry:nikExists", common, root)).toBe("root:registry.errors.nikExists");
    expect(translateMessageKey("registry:nikExists", common)).toBe("common:invalidFormat");
  });

  it("recognises only the namespace:key shape", () => {
    expect(splitMessageKey("placements:statusOrder")).toEqual({ namespace: "placements", key: "statusOrder" });
    for (const s of ["nikLength", "registry:", ":x", "a:b:c", "registry:nik.length", "Registry:x"]) expect(splitMessageKey(s)).toBeNull();
  });
});
