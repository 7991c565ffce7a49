"use client";
import { Button } from "@/components/ui/button";

export function PrintButton({ label = "In" }: { label?: string }) {
  return (
    <Button onClick={() => window.print()}>
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
        <path d="M5 2h10v4H5V2Zm-2 5h14a2 2 0 0 1 2 2v5h-4v4H5v-4H1V9a2 2 0 0 1 2-2Zm4 6v3h6v-3H7Zm8-4a1 1 0 1 0 0 2 1 1 0 0 0 0-2Z" />
      </svg>
      {label}
    </Button>
  );
}
