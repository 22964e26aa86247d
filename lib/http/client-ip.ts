// The client's address for rate limits and the audit log. `next start` appends the socket
// address to X-Forwarded-For; each trusted proxy in front appends one more. Entries left of
// those are whatever the client sent and are not trusted.
type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const v = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v.join(",") : v;
}

export function clientIp(headers: HeaderBag, trustedProxyHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0)): string {
  const forwarded = header(headers, "x-forwarded-for");
  if (forwarded) {
    const parts = forwarded.split(",").map((s) => s.trim()).filter(Boolean);
    const index = parts.length - 1 - trustedProxyHops;
    const picked = parts[Math.max(0, index)];
    if (picked) return picked.replace(/^::ffff:/, "");
  }
  return header(headers, "x-real-ip")?.trim() || "unknown";
}
