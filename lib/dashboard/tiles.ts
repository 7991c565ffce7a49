// The dashboard's tiles: each count with the list that shows the same rows, filtered in its URL.
// Pure: the page draws them (components/dashboard/due-tiles.tsx), the tests read the links.
import type { Board } from "./board";

export type DueTile = {
  key: string;
  label: string;
  value: number;
  note?: string;
  href: string;
  /** "alert": overdue work, red while above zero; "due": due soon, amber while above zero. */
  tone: "alert" | "due" | "info";
};

export function dueTiles(b: Board): DueTile[] {
  const g = b.scope.kind === "group" ? b.scope.groupId : null;
  const q = (params: Record<string, string>) =>
    new URLSearchParams({ ...params, ...(g ? { group: g } : {}) }).toString();
  const tiles: DueTile[] = [
    {
      key: "decisions-overdue",
      label: "Quyết định quá hạn",
      value: b.decisions.overdue,
      href: `/meetings/decisions${g ? `?${q({})}` : ""}`,
      tone: "alert",
    },
    {
      key: "decisions-week",
      label: "Quyết định đến hạn trong tuần",
      value: b.decisions.week,
      href: `/meetings/decisions?${q({ due: "week" })}`,
      tone: "due",
    },
    {
      key: "welfare-proposed",
      label: "Đề xuất thăm hỏi chờ duyệt",
      value: b.welfare.proposed,
      href: `/welfare?${q({ state: "PROPOSED" })}`,
      tone: "due",
    },
    {
      key: "welfare-approved",
      label: "Đã duyệt, chưa chi",
      value: b.welfare.approved,
      href: `/welfare?${q({ state: "APPROVED" })}`,
      tone: "info",
    },
  ];
  if (b.opinions)
    tiles.push(
      {
        key: "opinions-new",
        label: "Ý kiến mới chưa trả lời",
        value: b.opinions.fresh,
        href: "/opinions?status=NEW",
        tone: "due",
      },
      {
        key: "opinions-in-progress",
        label: "Ý kiến đang xử lý",
        value: b.opinions.inProgress,
        href: "/opinions?status=IN_PROGRESS",
        tone: "info",
      },
    );
  tiles.push(
    {
      key: "minutes-to-sign",
      label: "Biên bản chờ ký",
      value: b.meetings.toSign,
      href: `/meetings?${q({ status: "MINUTES_DRAFT" })}`,
      tone: "due",
    },
    {
      key: "minutes-missing",
      label: "Đã họp, chưa có biên bản",
      value: b.meetings.noMinutes,
      href: `/meetings?${q({ status: "HELD" })}`,
      tone: "info",
    },
  );
  const p = b.progress;
  if (p?.reviews) {
    const pending = p.reviews.total - p.reviews.sent;
    tiles.push({
      key: "reviews-pending",
      label: g ? "Bình xét của tổ chưa gửi" : "Tổ chưa gửi bình xét",
      value: pending,
      note: `${p.reviews.sent}/${p.reviews.total} tổ đã gửi`,
      href: g ? `/rating/groups/${g}?year=${p.year.year}` : `/rating/groups?year=${p.year.year}&pending=1`,
      tone: "due",
    });
  }
  return tiles;
}
