// Words of the letter that are not in the catalog because they follow Indonesian letter
// conventions: dates spelled out ("3 Desember 2026"). Pure.

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** A calendar date (stored as UTC midnight): "17 Mei 1995". */
export function longDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A moment, as its WIB calendar day: "3 Desember 2026". */
export function longWibDate(moment: Date): string {
  return longDate(new Date(moment.getTime() + WIB_OFFSET_MS));
}

/** Words to lines no wider than `maxWidth` (a word longer than a line gets a line of its own). */
export function wrapWords(text: string, maxWidth: number, widthOf: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && widthOf(candidate) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}
