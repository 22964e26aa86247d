// Article numbers ("Pasal 5") and the anchors of the public regulation page
// (/desa/<village>/perdes/<id>#pasal-5), so a checklist item can link to the article it
// comes from. Pure.

const ARTICLE_NUMBER = /^(?:pasal\s*)?0*(\d{1,3})\s*([a-z])?$/i;

/** "Pasal 5" → "pasal-5", "Pasal 5A" → "pasal-5a": the id of the article on the public page. */
export function articleAnchor(number: string): string {
  const slug = number
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "pasal";
}

/** The public address of an article: its regulation's page with the article's anchor. */
export function articlePath(villageCode: string, regulationId: string, number: string): string {
  return `/desa/${villageCode}/perdes/${regulationId}#${articleAnchor(number)}`;
}

/** "5", "pasal 05", "Pasal 5a" → "Pasal 5" / "Pasal 5A"; null when it is not an article number. */
export function normalizeArticleNumber(input: string): string | null {
  const m = ARTICLE_NUMBER.exec(input.trim());
  if (!m || m[1] === undefined || Number(m[1]) === 0) return null;
  return `Pasal ${Number(m[1])}${m[2] ? m[2].toUpperCase() : ""}`;
}
