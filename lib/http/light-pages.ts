// The villagers' pages are sent as plain HTML: no script at all (docs/decisions/016).
// They are server components with plain HTML forms (decision 014), so nothing on them needs
// React in the browser; Next's own runtime alone is about 130 KB gzipped, over the 80 KB
// budget of a cheap phone on a weak signal. scripts/serve.ts applies this to their responses.

/** Public page areas (app/(public)); "/" is the home page itself only. */
export const LIGHT_PAGE_PREFIXES = ["/cek-tawaran", "/cek-perusahaan", "/cek-agen", "/lapor", "/kasus", "/desa", "/surat"] as const;

export function isLightPage(pathname: string): boolean {
  if (pathname === "/") return true;
  return LIGHT_PAGE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

// React moves streamed Suspense content into place with inline scripts; such a page would
// lose content without them, so it is left as it is.
const STREAMED = /<template id="B:|<div hidden id="S:/;
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi;

/** The page without its scripts and script preloads, or null when it must keep them. */
export function stripScripts(html: string): string | null {
  if (STREAMED.test(html)) return null;
  return html.replace(SCRIPT, "").replace(SCRIPT_PRELOAD, "");
}
