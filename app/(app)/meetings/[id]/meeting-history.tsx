import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";

const LABELS: Record<string, string> = {
  "meeting.create": "Lập cuộc họp",
  "meeting.update": "Sửa thông tin cuộc họp",
  "meeting.invite": "Mời dự",
  "meeting.uninvite": "Bỏ một người khỏi danh sách mời",
  "meeting.held": "Đánh dấu đã họp",
  "meeting.attendance": "Điểm danh",
  "meeting.minutes.save": "Lưu biên bản",
  "meeting.minutes.sign": "Ký biên bản",
  "meeting.minutes.reopen": "Mở lại biên bản",
  "meeting.decision.add": "Thêm quyết định",
  "meeting.decision.done": "Cập nhật quyết định",
};

type Row = { id: string; at: Date; action: string; actor: string; after: Record<string, unknown> | null };

/** Every change to the meeting, newest first; a reopening shows its reason. */
export function MeetingHistory({ rows }: { rows: Row[] }) {
  return (
    <Card title="Lịch sử thay đổi">
      {rows.length === 0 && (
        <p className="text-sm text-ink-muted">Chưa có thay đổi nào được ghi lại trên phần mềm.</p>
      )}
      <ul className="flex flex-col gap-2 text-sm" data-testid="meeting-history">
        {rows.map((r) => (
          <li key={r.id} className="border-b border-surface-line pb-2 last:border-0">
            <span className="font-medium">{LABELS[r.action] ?? r.action}</span>
            <span className="text-ink-muted">
              {" "}
              · {r.actor} · {formatDateTime(r.at)}
            </span>
            {r.action === "meeting.minutes.reopen" && typeof r.after?.reason === "string" && (
              <p className="text-ink">Lý do: {r.after.reason}</p>
            )}
            {r.action === "meeting.attendance" && typeof r.after?.changed === "number" && (
              <p className="text-ink-muted">{r.after.changed} thay đổi</p>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
