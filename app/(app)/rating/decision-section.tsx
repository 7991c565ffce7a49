import { Pagination } from "@/components/pagination";
import { Card, DetailList } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSearch, FilterSelect, UrlFilterForm } from "@/components/url-filters";
import { can, type Actor } from "@/lib/auth/current-user";
import { formatAtMoment, formatDate, toDateInput } from "@/lib/format";
import { loadMeter } from "@/lib/rating/decision/meter";
import {
  DECISION_STATUSES,
  listDecisionRows,
  listRatingGroups,
  type DecisionFilter,
  type DecisionStatus,
} from "@/lib/rating/decision/queries";
import { loadYearPanel } from "@/lib/rating/decision/year-panel";
import { QUOTA_MODE_LABELS } from "@/lib/rating/labels";
import { lockedMessage, type RatingYearContext } from "@/lib/rating/year";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { AcceptButton } from "./accept-button";
import { DecisionBoard } from "./decision-board";
import { DecisionRefForm } from "./decision-ref-form";
import { YearActions } from "./year-actions";

type Props = { actor: Actor; r: RatingYearContext; sp: Record<string, string | undefined> };

/** The board's filter from the URL: unknown statuses and levels are ignored. */
function decisionFilter(r: RatingYearContext, sp: Props["sp"]): DecisionFilter {
  const status = sp.status && sp.status in DECISION_STATUSES ? (sp.status as DecisionStatus) : undefined;
  const level = r.levels.some((l) => l.name === sp.level) ? sp.level : undefined;
  return {
    groupId: sp.groupId || undefined,
    level,
    status,
    q: sp.q?.trim() || undefined,
    page: Number(sp.page) || 1,
  };
}

export async function DecisionSection({ actor, r, sp }: Props) {
  const open = r.status === "OPEN";
  const filter = decisionFilter(r, sp);
  const [groups, list, panel] = await Promise.all([
    listRatingGroups(r),
    listDecisionRows(r, filter),
    loadYearPanel(actor, r),
  ]);
  const shown = filter.groupId
    ? groups.filter((g) => g.id === filter.groupId)
    : [...new Map(list.rows.map((x) => [x.groupId, { id: x.groupId, name: x.groupName }])).values()];
  const meter = await loadMeter(r, shown, filter.groupId);
  const editable = open && can(actor, "rating.decide");
  const qs = new URLSearchParams(
    Object.entries({
      year: String(r.year),
      groupId: filter.groupId,
      level: filter.level,
      status: filter.status,
      q: filter.q,
    }).filter((e): e is [string, string] => !!e[1]),
  );
  const groupName = groups.find((g) => g.id === filter.groupId)?.name;
  return (
    <>
      {!open && <LockedBanner r={r} />}
      <div className="mb-4 grid gap-4 lg:grid-cols-2">
        <DecisionRefCard r={r} panel={panel} editable={open && can(actor, "rating.manage")} />
        <FinaliseCard actor={actor} r={r} panel={panel} />
      </div>
      <DecisionFilters r={r} filter={filter} groups={groups} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-ink-muted">
        <Tally groupName={groupName} tally={meter.tally} />
        {editable && (
          <AcceptButton
            ratingYearId={r.id}
            groupId={filter.groupId ?? ""}
            scopeLabel={groupName ?? "mọi tổ"}
            count={meter.tally.proposed}
          />
        )}
      </div>
      {list.total === 0 ? (
        <EmptyState title="Không có đoàn viên nào khớp bộ lọc">Bỏ bớt bộ lọc, hoặc chọn tổ khác.</EmptyState>
      ) : (
        <DecisionBoard
          levels={r.levels}
          quota={r.quota}
          unit={meter.unit}
          groups={meter.groups}
          rows={list.rows}
          editable={editable}
        />
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
        hrefFor={(p) => `/rating?${qs.toString()}&page=${p}`}
      />
    </>
  );
}

type Panel = Awaited<ReturnType<typeof loadYearPanel>>;

function LockedBanner({ r }: { r: RatingYearContext }) {
  return (
    <p
      role="status"
      className="mb-4 rounded-card border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
      data-testid="locked-banner"
    >
      Đã chốt {formatAtMoment(r.finalisedAt)}
      {r.publishedAt ? ` · đã công bố ${formatAtMoment(r.publishedAt)}` : " · chưa công bố"}.{" "}
      {lockedMessage(r.year, r.cycle)}
    </p>
  );
}

function DecisionRefCard({ r, panel, editable }: { r: RatingYearContext; panel: Panel; editable: boolean }) {
  return (
    <Card title="Quyết định của Ban Chấp hành">
      {editable ? (
        <DecisionRefForm
          ratingYearId={r.id}
          meetings={panel.meetings}
          current={{
            meetingId: r.decisionMeetingId ?? "",
            decisionRef: r.decisionRef ?? "",
            decidedOn: toDateInput(r.decidedOn),
          }}
        />
      ) : (
        <DetailList
          items={[
            ["Cuộc họp", panel.meetingLabel],
            ["Số nghị quyết / quyết định", r.decisionRef],
            ["Ngày ban hành", r.decidedOn ? formatDate(r.decidedOn) : null],
          ]}
        />
      )}
    </Card>
  );
}

function FinaliseCard({ actor, r, panel }: { actor: Actor; r: RatingYearContext; panel: Panel }) {
  return (
    <Card title="Chốt và công bố">
      <p className="mb-2 text-sm text-ink-muted">
        Tỉ lệ: {QUOTA_MODE_LABELS[r.quota.mode]}
        {r.quota.mode !== "OFF" && `, tối đa ${r.quota.percent} %`}.
      </p>
      {r.status === "OPEN" && <Checklist panel={panel} />}
      {r.status === "FINALISED" && !r.publishedAt && (
        <p className="mb-3 text-sm text-amber-800" data-testid="not-published">
          Đã chốt, chưa công bố: đoàn viên chưa xem được kết quả.
        </p>
      )}
      {r.status === "FINALISED" && panel.override && (
        <div className="mb-3 text-sm text-ink" data-testid="finalise-override">
          <p>Chốt khi còn thiếu: {panel.override.items.map((i) => i.replace(/\.$/, "")).join("; ")}.</p>
          <p>
            Lý do: <span className="whitespace-pre-line">{panel.override.reason}</span>
          </p>
        </div>
      )}
      <YearActions
        ratingYearId={r.id}
        yearLabel={cycleYearLabel(r.year, r.cycle)}
        status={r.status}
        published={!!r.publishedAt}
        canManage={can(actor, "rating.manage")}
        canReopen={can(actor, "rating.reopen")}
        blocked={panel.blockers.length > 0}
        missing={panel.missing}
        wasPublished={panel.unpublishedOnReopen}
      />
    </Card>
  );
}

/** What stops finalising (no override) and what is missing (override with a reason), or "ready". */
function Checklist({ panel }: { panel: Panel }) {
  if (!panel.blockers.length && !panel.missing.length)
    return (
      <p className="mb-3 text-sm text-emerald-700" data-testid="finalise-ready">
        Đủ điều kiện chốt kết quả.
      </p>
    );
  return (
    <div className="mb-3 flex flex-col gap-2 text-sm">
      {panel.blockers.length > 0 && (
        <div>
          <p className="font-medium text-brand-800">Phải xong trước khi chốt:</p>
          <ul className="list-disc pl-5 text-brand-800" data-testid="finalise-blockers">
            {panel.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
      {panel.missing.length > 0 && (
        <div>
          <p className="font-medium text-amber-900">Còn thiếu (chốt được nếu ghi lý do):</p>
          <ul className="list-disc pl-5 text-amber-900" data-testid="finalise-missing">
            {panel.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function DecisionFilters({
  r,
  filter,
  groups,
}: {
  r: RatingYearContext;
  filter: DecisionFilter;
  groups: { id: string; name: string }[];
}) {
  return (
    <UrlFilterForm>
      <input type="hidden" name="year" value={r.year} />
      <FilterSearch label="Tìm theo tên" value={filter.q ?? ""} placeholder="Tìm theo họ tên" />
      <FilterSelect
        name="groupId"
        label="Tổ công đoàn"
        value={filter.groupId ?? ""}
        all="Mọi tổ"
        options={groups.map((g) => [g.id, g.name])}
      />
      <FilterSelect
        name="level"
        label="Mức cuối cùng"
        value={filter.level ?? ""}
        all="Mọi mức"
        options={r.levels.map((l) => [l.name, l.name])}
      />
      <FilterSelect
        name="status"
        label="Tình trạng"
        value={filter.status ?? ""}
        all="Mọi tình trạng"
        options={Object.entries(DECISION_STATUSES)}
      />
    </UrlFilterForm>
  );
}

function Tally({
  groupName,
  tally,
}: {
  groupName?: string;
  tally: Awaited<ReturnType<typeof loadMeter>>["tally"];
}) {
  return (
    <span data-testid="tally">
      {groupName && `${groupName}: `}
      {tally.total.toLocaleString("vi-VN")} đoàn viên · {tally.undecided.toLocaleString("vi-VN")} chưa quyết
      định · {tally.excluded.toLocaleString("vi-VN")} không xếp loại · {tally.exceptions} ngoại lệ có giải
      trình
    </span>
  );
}
