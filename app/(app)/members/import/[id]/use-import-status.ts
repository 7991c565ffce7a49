"use client";
// Polls GET /api/members/import/[id] while `active`; refreshes the server page when the status changes.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

export type ImportStatus = {
  status: string;
  phase: string;
  progress: number;
  rowCount: number;
  error: string | null;
  stale: boolean;
};

export function useImportStatus(id: string, initial: ImportStatus, active: boolean) {
  const router = useRouter();
  const [s, setS] = useState(initial);
  useEffect(() => {
    if (!active) return;
    let stop = false;
    const tick = async () => {
      const res = await fetch(`/api/members/import/${id}`, { cache: "no-store" }).catch(() => null);
      if (stop) return;
      if (res?.ok) {
        const next = (await res.json()) as ImportStatus;
        setS(next);
        if (next.status !== initial.status || next.stale) return router.refresh();
      }
      setTimeout(() => void tick(), 400);
    };
    const t = setTimeout(() => void tick(), 300);
    return () => {
      stop = true;
      clearTimeout(t);
    };
  }, [id, active, initial.status, router]);
  return s;
}
