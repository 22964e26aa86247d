/** A confirmation after a redirect (e.g. "Changes saved."), announced to screen readers. */
export function StatusBanner({ text }: { text: string }) {
  return (
    <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
      {text}
    </p>
  );
}
