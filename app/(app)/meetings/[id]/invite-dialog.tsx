"use client";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { toSearchText } from "@/lib/format";
import { inviteMembersAction, removeInviteeAction } from "@/lib/meetings/actions";

type Props = {
  meetingId: string;
  groups: { id: string; label: string }[];
  members: { id: string; label: string }[];
  invitedIds: string[];
  canInviteUnit: boolean;
};
const SHOWN = 40;

/** Invite by tổ, the whole unit or the BCH, then adjust person by person. */
export function InviteDialog({ meetingId, groups, members, invitedIds, canInviteUnit }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [groupId, setGroupId] = useState(groups[0]?.id ?? "");
  const [q, setQ] = useState("");
  const invited = useMemo(() => new Set(invitedIds), [invitedIds]);
  const matches = useMemo(() => {
    const t = toSearchText(q);
    return (t ? members.filter((m) => toSearchText(m.label).includes(t)) : members).slice(0, SHOWN);
  }, [members, q]);

  async function invite(source: "group" | "unit" | "bch" | "members", memberIds?: string[]) {
    setBusy(true);
    const r = await inviteMembersAction({ meetingId, source, groupId, memberIds });
    setBusy(false);
    if (!r.ok) return toast("error", r.error);
    toast(
      "success",
      r.data.added ? `Đã mời thêm ${r.data.added} người.` : "Những người này đã được mời từ trước.",
    );
    router.refresh();
  }
  async function remove(memberId: string) {
    setBusy(true);
    const r = await removeInviteeAction({ meetingId, memberId });
    setBusy(false);
    if (!r.ok) return toast("error", r.fieldErrors?.memberId ?? r.error);
    toast("success", "Đã bỏ khỏi danh sách mời.");
    router.refresh();
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Mời dự
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Người được mời">
        <div className="flex flex-col gap-4">
          <div className="flex flex-wrap items-end gap-2">
            <label className="min-w-0 flex-1">
              <span className="text-sm font-medium">Mời cả tổ</span>
              <select value={groupId} onChange={(e) => setGroupId(e.target.value)} className={inputClass()}>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.label}
                  </option>
                ))}
              </select>
            </label>
            <Button disabled={busy || !groupId} onClick={() => invite("group")}>
              Mời tổ
            </Button>
          </div>
          {canInviteUnit && (
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" disabled={busy} onClick={() => invite("unit")}>
                Mời toàn đơn vị
              </Button>
              <Button variant="secondary" disabled={busy} onClick={() => invite("bch")}>
                Mời Ban Chấp hành
              </Button>
            </div>
          )}
          <div>
            <label htmlFor="invite-search" className="text-sm font-medium">
              Thêm hoặc bỏ từng người ({invited.size} đang được mời)
            </label>
            <input
              id="invite-search"
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder="Gõ tên, không cần dấu"
              className={inputClass()}
            />
            <ul className="mt-2 max-h-64 overflow-y-auto rounded-lg border border-surface-line">
              {matches.map((m) => (
                <li
                  key={m.id}
                  className="flex items-center justify-between gap-2 border-b border-surface-line px-3 py-1.5 text-sm last:border-0"
                >
                  <span>{m.label}</span>
                  {invited.has(m.id) ? (
                    <Button
                      variant="ghost"
                      className="px-2 text-brand-700"
                      disabled={busy}
                      onClick={() => remove(m.id)}
                    >
                      Bỏ mời
                    </Button>
                  ) : (
                    <Button
                      variant="ghost"
                      className="px-2"
                      disabled={busy}
                      onClick={() => invite("members", [m.id])}
                    >
                      Mời
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </div>
          <div className="flex justify-end">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Đóng
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
