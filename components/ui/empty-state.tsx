export function EmptyState({ text }: { text: string }) {
  return <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{text}</p>;
}
