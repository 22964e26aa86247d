// Spreadsheets saved as CSV on an Indonesian-locale computer use ";" (the comma is the decimal
// separator there); elsewhere ",". Tab-separated text pasted from a sheet appears too. The
// header row decides: the candidate found most often outside quotes wins, "," on a tie.

export type Delimiter = "," | ";" | "\t";
const CANDIDATES: readonly Delimiter[] = [",", ";", "\t"];

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function detectDelimiter(sample: string): Delimiter {
  const text = stripBom(sample);
  const counts = new Map<Delimiter, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else quoted = !quoted;
    } else if (!quoted && (ch === "\n" || ch === "\r")) {
      break;
    } else if (!quoted && counts.has(ch as Delimiter)) {
      counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
    }
  }
  let best: Delimiter = ",";
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}
