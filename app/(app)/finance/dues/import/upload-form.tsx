"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** Sends the file to /api/finance/dues/import and opens its preview. */
export function UploadForm({ today }: { today: string }) {
  const router = useRouter();
  const [error, setError] = useState<{ file?: string; paidOn?: string }>({});
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError({});
    const res = await fetch("/api/finance/dues/import", {
      method: "POST",
      body: new FormData(e.currentTarget),
    });
    const body = (await res.json().catch(() => ({}))) as {
      id?: string;
      error?: string;
      fieldErrors?: { paidOn?: string };
    };
    setBusy(false);
    if (!res.ok || !body.id) {
      setError(
        body.fieldErrors?.paidOn
          ? { paidOn: body.fieldErrors.paidOn }
          : { file: body.error ?? "Không tải lên được tệp." },
      );
      return;
    }
    router.push(`/finance/dues/import/${body.id}`);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:max-w-md">
      <Field label="Tệp Excel (.xlsx)" htmlFor="dues-file" error={error.file} required>
        <input
          id="dues-file"
          name="file"
          type="file"
          accept=".xlsx"
          className={inputClass(Boolean(error.file))}
        />
      </Field>
      <Field label="Ngày trích lương" htmlFor="dues-paid-on" error={error.paidOn} required hint="dd/mm/yyyy">
        <input
          id="dues-paid-on"
          name="paidOn"
          defaultValue={today}
          className={inputClass(Boolean(error.paidOn))}
        />
      </Field>
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? "Đang đọc tệp…" : "Tải lên và xem trước"}
        </Button>
      </div>
    </form>
  );
}
