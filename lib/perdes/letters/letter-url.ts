import { env } from "@/lib/env";

/** The public check page of a letter, printed on it and in its QR code: <APP_URL>/surat/<code>. */
export function publicLetterUrl(shortCode: string): string {
  return `${env().APP_URL.replace(/\/+$/, "")}/surat/${shortCode}`;
}
