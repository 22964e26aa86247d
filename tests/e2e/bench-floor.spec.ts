import { expect, test } from "@playwright/test";

// /bench-floor is the benchmark's baseline page (docs/decisions/011). The e2e server, like a
// deployment, runs without BENCH_FLOOR=1, so the page must not exist there.
test("the benchmark floor page is absent unless the benchmark switches it on", async ({ request }) => {
  const res = await request.get("/bench-floor", { maxRedirects: 0 });
  expect(res.status()).toBe(404);
});
