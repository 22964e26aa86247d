"use client";
import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** A submit button that shows it is working and cannot be pressed twice. */
export function SubmitButton({ label, pendingLabel, variant }: { label: string; pendingLabel: string; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
