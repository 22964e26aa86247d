"use client";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const subscribeNothing = () => () => undefined;

/** Opens the browser's print dialog. Shown only once JavaScript runs (without it, the browser's own Print works). */
export function PrintButton({ label }: { label: string }) {
  const interactive = useSyncExternalStore(subscribeNothing, () => true, () => false);
  if (!interactive) return null;
  return (
    <Button type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
