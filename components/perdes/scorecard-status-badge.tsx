/** "Desa PMI Prosedural" or "not yet": in words, the colour only repeats them. */
export function ScorecardStatusBadge({ procedural, strings }: { procedural: boolean; strings: { met: string; notMet: string } }) {
  return procedural ? (
    <span className="inline-block rounded-full border border-green-700 bg-green-50 px-2 py-0.5 text-xs font-semibold text-green-900">✓ {strings.met}</span>
  ) : (
    <span className="inline-block rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900">{strings.notMet}</span>
  );
}
