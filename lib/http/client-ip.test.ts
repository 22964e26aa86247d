import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the address appended by the server, not one the client made up", () => {
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }, 0)).toBe("10.0.0.9");
  });
  it("skips trusted proxies", () => {
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }, 1)).toBe("1.2.3.4");
    expect(clientIp({ "x-forwarded-for": "1.2.3.4" }, 3)).toBe("1.2.3.4");
  });
  it("reads a Headers object and strips the IPv4-mapped prefix", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
  });
  it("says unknown when nothing is there", () => {
    expect(clientIp({}, 0)).toBe("unknown");
  });
});
