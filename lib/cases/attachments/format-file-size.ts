import type { Locale } from "@/lib/i18n/locales";

const KB = 1024;
const MB = 1024 * 1024;

/** A file's size as people read it: "12 KB", "1,5 MB" (Indonesian decimal comma), "10 MB". */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes < MB) return `${Math.max(1, Math.ceil(bytes / KB))} KB`;
  const mb = Math.round((bytes / MB) * 10) / 10;
  const text = Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
  return `${locale === "id" ? text.replace(".", ",") : text} MB`;
}
