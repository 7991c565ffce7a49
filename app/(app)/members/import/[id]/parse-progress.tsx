"use client";
import { ProgressBar } from "./progress-bar";
import { useImportStatus, type ImportStatus } from "./use-import-status";

/** While the server reads and checks the file. */
export function ParseProgress({ id, initial }: { id: string; initial: ImportStatus }) {
  const s = useImportStatus(id, initial, true);
  return <ProgressBar phase={s.phase} progress={s.progress} rows={s.rowCount || undefined} />;
}
