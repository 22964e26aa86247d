import { Button } from "@/components/ui/button";

// A plain multipart form posting to the upload route: works without JavaScript. The accept
// list only helps the file picker; the server checks the bytes.
export function UploadForm({ error, strings }: { error: string | null; strings: { fileLabel: string; fileHint: string; submit: string } }) {
  return (
    <form method="post" action="/registry/import/upload" encType="multipart/form-data" className="flex max-w-xl flex-col gap-4">
      {error ? (
        <p id="file-error" role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="file" className="text-sm font-medium text-slate-800">
          {strings.fileLabel}
        </label>
        <input
          id="file"
          name="file"
          type="file"
          required
          accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby={error ? "file-hint file-error" : "file-hint"}
          aria-invalid={error ? true : undefined}
          className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
        />
        <p id="file-hint" className="text-xs text-slate-600">
          {strings.fileHint}
        </p>
      </div>
      <div>
        <Button type="submit">{strings.submit}</Button>
      </div>
    </form>
  );
}
