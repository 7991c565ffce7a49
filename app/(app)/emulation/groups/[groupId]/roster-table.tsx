import Link from "next/link";
import { AssessmentBadge, RegistrationBadge } from "@/components/emulation/state-badge";
import type { GroupRoster } from "@/lib/emulation/queries/registrations";
import { AllowLateButton, ForwardButton, ReturnAssessmentButton } from "./roster-actions";

type Props = { roster: GroupRoster; yearId: string; year: number; leads: boolean; canAllowLate: boolean };

/** The tổ's members with their registration and self-assessment, and what the viewer may do about each. */
export function RosterTable({ roster, yearId, year, leads, canAllowLate }: Props) {
  return (
    // min-w-0 and relative: the wide table (and its sr-only header) scroll in this box instead of widening the page.
    <div className="relative min-w-0 overflow-x-auto rounded-card border border-surface-line bg-white">
      <table className="w-full min-w-[640px] text-sm" data-testid="roster">
        <thead className="bg-surface-sunken text-left text-ink-muted">
          <tr>
            <th className="px-3 py-2 font-medium">Họ và tên</th>
            <th className="px-3 py-2 font-medium">Đăng ký</th>
            <th className="px-3 py-2 font-medium">Tự đánh giá</th>
            <th className="px-3 py-2 font-medium">
              <span className="sr-only">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-surface-line">
          {roster.members.map((m) => (
            <RosterRow
              key={m.id}
              member={m}
              groupId={roster.group.id}
              yearId={yearId}
              year={year}
              leads={leads}
              canAllowLate={canAllowLate}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type RowProps = Omit<Props, "roster"> & { member: GroupRoster["members"][number]; groupId: string };

function RosterRow({ member: m, groupId, yearId, year, leads, canAllowLate }: RowProps) {
  const r = m.registration;
  const a = m.assessment;
  const notSent = !r || (r.state === "DRAFT" && !r.firstSubmittedAt);
  return (
    <tr data-member={m.fullName}>
      <td className="px-3 py-2 font-medium">{m.fullName}</td>
      <td className="px-3 py-2">
        <RegistrationBadge state={notSent ? null : r?.state} />
        {r?.state === "RETURNED" && <p className="mt-1 text-xs text-brand-700">{r.returnReason}</p>}
        {r?.lateAllowedAt && notSent && <p className="mt-1 text-xs text-emerald-700">Được đăng ký muộn</p>}
      </td>
      <td className="px-3 py-2">
        <AssessmentBadge state={a?.state} returned={!!a?.returnedAt} />
        {a && (
          <span className="ml-2 text-xs text-ink-muted">
            {a.totalPoints} điểm · {a.proposedLevel}
          </span>
        )}
      </td>
      <td className="px-3 py-2">
        <RowActions
          member={m}
          groupId={groupId}
          yearId={yearId}
          year={year}
          leads={leads}
          canAllowLate={canAllowLate && notSent && !r?.lateAllowedAt}
        />
      </td>
    </tr>
  );
}

/** Forward a sent registration, return a self-assessment, allow a late one, read the sheet. */
function RowActions({ member: m, groupId, yearId, year, leads, canAllowLate }: RowProps) {
  const r = m.registration;
  const a = m.assessment;
  return (
    <div className="flex flex-wrap items-center justify-end gap-x-2 gap-y-1">
      {leads && r?.state === "SUBMITTED" && (
        <ForwardButton yearId={yearId} groupId={groupId} ids={[r.id]} label="Chuyển" />
      )}
      {leads && a?.state === "SUBMITTED" && <ReturnAssessmentButton assessmentId={a.id} name={m.fullName} />}
      {canAllowLate && <AllowLateButton yearId={yearId} memberId={m.id} name={m.fullName} />}
      {a && (
        <Link
          href={`/print/emulation/assessment?year=${year}&member=${m.id}`}
          className="inline-flex min-h-10 items-center px-2 text-brand-700 hover:underline"
        >
          Xem phiếu
        </Link>
      )}
    </div>
  );
}
