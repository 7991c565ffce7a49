import { Card, DetailList } from "@/components/ui/card";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { EVENT_LABELS, GENDER_LABELS } from "@/lib/members/labels";
import type { getMemberAudit, getMemberTimeline, MemberDetail } from "@/lib/members/queries";
import { POSITION_LABELS } from "@/lib/roles";

export function MemberProfile({ m }: { m: MemberDetail }) {
  return (
    <>
      <Card title="Thông tin cá nhân">
        <DetailList
          items={[
            ["Giới tính", GENDER_LABELS[m.gender]],
            ["Ngày sinh", formatDate(m.dateOfBirth)],
            ["Số CCCD", m.idNumber],
            ["Quê quán", m.hometown],
            ["Dân tộc", m.ethnicity],
            ["Điện thoại", m.phone],
            ["Email", m.email],
          ]}
        />
      </Card>
      <Card title="Công việc">
        <DetailList
          items={[
            ["Chức vụ / nghề nghiệp", m.jobTitle],
            ["Đơn vị / phòng ban", m.department],
            ["Trình độ chuyên môn", m.qualification],
            ["Loại hợp đồng", m.contractType],
            [
              "Đảng viên",
              m.isPartyMember ? `Có${m.partyJoinedOn ? `, từ ${formatDate(m.partyJoinedOn)}` : ""}` : "Không",
            ],
          ]}
        />
      </Card>
      <Card title="Công đoàn">
        <DetailList
          items={[
            ["Số thẻ đoàn viên", m.cardNumber],
            ["Ngày vào công đoàn", formatDate(m.joinedUnionOn)],
            ["Tổ công đoàn", m.group.name],
            ["Lương đóng BHXH", formatMoney(m.insuranceSalary)],
            [
              "Tài khoản đăng nhập",
              m.user ? `${m.user.email}${m.user.isActive ? "" : " (đã khóa)"}` : "Chưa có",
            ],
            ["Ghi chú", m.note],
          ]}
        />
      </Card>
    </>
  );
}

type Timeline = NonNullable<Awaited<ReturnType<typeof getMemberTimeline>>>;

export function MemberTimeline({ t }: { t: Timeline }) {
  return (
    <>
      <Card title="Quá trình sinh hoạt">
        <ol className="relative ml-2 border-l border-surface-line">
          {t.events.map((e) => (
            <li key={e.id} className="mb-4 ml-4 last:mb-0">
              <span className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-500" />
              <p className="text-sm font-medium text-ink">
                {EVENT_LABELS[e.type]}
                {e.type === "GROUP_CHANGED" && ` từ ${e.fromGroupName ?? "?"} sang ${e.toGroupName ?? "?"}`}
                {e.type !== "GROUP_CHANGED" && e.toGroupName && ` · ${e.toGroupName}`}
              </p>
              <p className="text-xs text-ink-muted">
                {formatDate(e.effectiveOn)}
                {e.reason && ` · ${e.reason}`}
              </p>
            </li>
          ))}
        </ol>
      </Card>
      <Card title="Chức vụ công đoàn">
        {t.positions.length === 0 ? (
          <p className="text-sm text-ink-muted">Không giữ chức vụ nào.</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm">
            {t.positions.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{POSITION_LABELS[p.office]}</span>
                {p.group && ` ${p.group.name}`} · {p.term.name}
                <span className="text-ink-muted">
                  {" "}
                  · {formatDate(p.startOn)} – {p.endOn ? formatDate(p.endOn) : "nay"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

const ACTION_LABELS: Record<string, string> = {
  "member.create": "Tạo hồ sơ",
  "member.update": "Sửa hồ sơ",
  "member.contact": "Tự sửa thông tin liên hệ",
  "member.read": "Xem hồ sơ",
};

export function MemberAudit({ rows }: { rows: NonNullable<Awaited<ReturnType<typeof getMemberAudit>>> }) {
  const changes = rows.filter((r) => r.action !== "member.read");
  const reads = rows.length - changes.length;
  return (
    <Card title="Nhật ký thay đổi">
      {changes.length === 0 && <p className="text-sm text-ink-muted">Chưa có thay đổi nào được ghi.</p>}
      <ul className="flex flex-col gap-3 text-sm" data-testid="member-audit">
        {changes.map((r) => (
          <li key={r.id} className="border-b border-surface-line pb-2 last:border-0">
            <p>
              <span className="font-medium">
                {ACTION_LABELS[r.action] ??
                  EVENT_LABELS[r.action.replace("member.", "").toUpperCase() as keyof typeof EVENT_LABELS] ??
                  r.action}
              </span>
              <span className="text-ink-muted">
                {" "}
                · {r.actor} · {formatDateTime(r.at)}
              </span>
            </p>
            {r.changes.length > 0 && (
              <ul className="mt-1 text-xs text-ink-muted">
                {r.changes.map((c) => (
                  <li key={c.label} className="break-words">
                    {c.label}: {c.from !== undefined && <>{c.from} → </>}
                    <span className="text-ink">{c.to}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {reads > 0 && (
        <p className="mt-2 text-xs text-ink-faint">{reads} lượt xem hồ sơ gần đây được ghi lại.</p>
      )}
    </Card>
  );
}
