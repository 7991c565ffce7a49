"use client";
// Sends the .xlsx to POST /api/members/import and opens the job's page, which shows the progress.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";

export function UploadForm() {
  const router = useRouter();
  const toast = useToast();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return setError("Vui lòng chọn tệp Excel (.xlsx).");
    setBusy(true);
    setError("");
    const body = new FormData();
    body.set("file", file);
    const res = await fetch("/api/members/import", { method: "POST", body }).catch(() => null);
    const data = res ? ((await res.json().catch(() => ({}))) as { id?: string; error?: string }) : {};
    if (res?.ok && data.id) return router.push(`/members/import/${data.id}`);
    setBusy(false);
    const message = data.error ?? "Không tải được tệp lên. Vui lòng thử lại.";
    setError(message);
    toast("error", message);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
      <label htmlFor="import-file" className="text-sm font-medium text-ink">
        Tệp danh sách đoàn viên (.xlsx)
      </label>
      <input
        id="import-file"
        name="file"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        aria-describedby={error ? "import-file-error" : undefined}
        className="block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-surface-line file:bg-white file:px-3 file:py-2 file:text-sm"
      />
      {error && (
        <p role="alert" id="import-file-error" data-field-error="file" className="text-sm text-brand-700">
          {error}
        </p>
      )}
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? "Đang tải lên…" : "Tải lên và kiểm tra"}
        </Button>
      </div>
    </form>
  );
}
