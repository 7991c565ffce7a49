"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";
import { NOTIFICATION_KIND_LABELS } from "@/lib/notifications/kinds";
import type { NotificationPreferencesValues } from "@/lib/notifications/schema";

type Values = NotificationPreferencesValues;
type Row = Values["kinds"][number];

/** Per kind: in the app, by e-mail; and for the BCH, one mail a day instead of single mails. */
export function PreferencesForm({ initial, mayDigest }: { initial: Values; mayDigest: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [digestError, setDigestError] = useState<string>();
  const setKind = (kind: Row["kind"], key: "inApp" | "email", on: boolean) =>
    setValues((v) => ({ ...v, kinds: v.kinds.map((k) => (k.kind === kind ? { ...k, [key]: on } : k)) }));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await saveNotificationPreferencesAction(values);
    setBusy(false);
    setDigestError(r.ok ? undefined : r.fieldErrors?.dailyDigest);
    if (!r.ok) return toast("error", r.error);
    toast("success", "Đã lưu cài đặt thông báo.");
    router.refresh();
  }

  return (
    <form onSubmit={save} className="flex flex-col gap-4">
      <table className="w-full text-sm">
        <caption className="sr-only">Nhận thông báo theo từng loại</caption>
        <thead>
          <tr className="border-b border-surface-line text-left text-ink-muted">
            <th scope="col" className="py-2 pr-2 font-medium">
              Loại thông báo
            </th>
            <th scope="col" className="w-24 py-2 text-center font-medium">
              Trong ứng dụng
            </th>
            <th scope="col" className="w-20 py-2 text-center font-medium">
              Thư điện tử
            </th>
          </tr>
        </thead>
        <tbody>
          {values.kinds.map((k) => (
            <tr key={k.kind} className="border-b border-surface-line last:border-0">
              <th scope="row" className="py-2 pr-2 text-left font-normal">
                {NOTIFICATION_KIND_LABELS[k.kind]}
              </th>
              <td className="py-2 text-center">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  aria-label={`${NOTIFICATION_KIND_LABELS[k.kind]}: trong ứng dụng`}
                  checked={k.inApp}
                  onChange={(e) => setKind(k.kind, "inApp", e.target.checked)}
                />
              </td>
              <td className="py-2 text-center">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  aria-label={`${NOTIFICATION_KIND_LABELS[k.kind]}: thư điện tử`}
                  checked={k.email}
                  onChange={(e) => setKind(k.kind, "email", e.target.checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {mayDigest && (
        <div>
          <label className="flex items-start gap-3 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 h-5 w-5"
              checked={values.dailyDigest}
              aria-describedby="digest-hint"
              aria-invalid={digestError ? true : undefined}
              onChange={(e) => setValues((v) => ({ ...v, dailyDigest: e.target.checked }))}
            />
            <span>
              <span className="font-medium">Nhận một thư tổng hợp mỗi ngày</span>
              <span id="digest-hint" className="block text-ink-muted">
                Thay cho từng thư riêng lẻ; gồm cả các công việc quá hạn của đơn vị.
              </span>
            </span>
          </label>
          {digestError && (
            <p role="alert" className="mt-1 text-sm text-brand-700">
              {digestError}
            </p>
          )}
        </div>
      )}
      <div>
        <Button type="submit" disabled={!hydrated || busy}>
          Lưu cài đặt
        </Button>
      </div>
    </form>
  );
}
