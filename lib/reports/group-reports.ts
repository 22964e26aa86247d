// Reports that name the same phone number or a similar agent name, across villages, are
// shown together: one broker working several villages becomes visible. Pure: tested
// beside it, used by the staff inbox on the reports it may see.

export type GroupableReport = { id: string; villageCode: string; phone: string | null; agentName: string | null };
export type ReportGroup = { key: string; by: "phone" | "name"; label: string; reportIds: string[]; villageCodes: string[] };

// Honorifics and words that do not tell brokers apart.
const NOISE = new Set(["bang", "bapak", "pak", "ibu", "bu", "mas", "mbak", "teh", "kang", "haji", "hj", "h", "sdr", "sdri"]);

export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(.*?\)/g, " ")
    .replace(/[^a-z0-9\s]/g, " ")
    .split(/\s+/)
    .filter((w) => w && !NOISE.has(w))
    .join(" ");
}

function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const word of s.split(" ")) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** pg_trgm's similarity: shared trigrams over all trigrams of both. */
export function similarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Same name when one is a word of the other ("rudi" in "rudi hartono") or they are close spellings. */
export function similarNames(a: string, b: string, threshold = 0.5): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const wa = a.split(" ");
  const wb = b.split(" ");
  if (wa.length === 1 && wb.includes(a) && a.length >= 3) return true;
  if (wb.length === 1 && wa.includes(b) && b.length >= 3) return true;
  return similarity(a, b) >= threshold;
}

/** Groups of two or more reports: first by phone, then by similar name. A report can be in one of each. */
export function groupReports(reports: readonly GroupableReport[]): ReportGroup[] {
  const groups: ReportGroup[] = [];
  const byPhone = new Map<string, GroupableReport[]>();
  for (const r of reports) if (r.phone) byPhone.set(r.phone, [...(byPhone.get(r.phone) ?? []), r]);
  for (const [phone, rs] of byPhone) {
    if (rs.length > 1) groups.push({ key: `phone:${phone}`, by: "phone", label: phone, reportIds: rs.map((r) => r.id), villageCodes: [...new Set(rs.map((r) => r.villageCode))].sort() });
  }

  // Union-find over similar names.
  const named = reports.filter((r) => r.agentName && normaliseName(r.agentName));
  const parent = named.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const norm = named.map((r) => normaliseName(r.agentName!));
  for (let i = 0; i < named.length; i++) for (let j = i + 1; j < named.length; j++) if (similarNames(norm[i]!, norm[j]!)) parent[find(i)] = find(j);
  const clusters = new Map<number, number[]>();
  named.forEach((_, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), i]));
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    const rs = members.map((i) => named[i]!);
    const names = [...new Set(rs.map((r) => r.agentName!))];
    groups.push({ key: `name:${rs[0]!.id}`, by: "name", label: names.join(" / "), reportIds: rs.map((r) => r.id), villageCodes: [...new Set(rs.map((r) => r.villageCode))].sort() });
  }
  // Most reports first, then most villages.
  return groups.sort((a, b) => b.reportIds.length - a.reportIds.length || b.villageCodes.length - a.villageCodes.length || a.key.localeCompare(b.key));
}
