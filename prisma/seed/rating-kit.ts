// What the rating seeds share: the level names, dates, the officers of each tổ, and the
// exclusion rules of lib/rating/exclusions.ts applied to the stored history.
import type { DemoContext, DemoMember } from "./context";
import { DEFAULT_LEVELS } from "../../lib/emulation/levels";
import { exclusionReasons, exclusionText } from "../../lib/rating/exclusions";

export const LEVELS = DEFAULT_LEVELS.map((l) => l.name);

/** Tổ trưởng and tổ phó of each demo tổ (as in the meetings seed). */
const OFFICERS: Record<string, [string, string]> = {
  "Tổ Toán – Tin": ["Nguyễn Văn Hùng", "Lê Thị Mai"],
  "Tổ Ngữ văn": ["Đặng Thị Hương", "Bùi Ngọc Lan"],
  "Tổ Ngoại ngữ": ["Đỗ Quang Huy", "Ngô Thị Thảo"],
  "Tổ Khoa học tự nhiên": ["Dương Văn Long", "Lý Thị Hằng"],
  "Tổ Văn phòng": ["Trần Thị Oanh", "Lê Văn Phúc"],
};

export type RatingKit = {
  /** A story date / Vietnam-time moment ("2025-10-05T10:30") in the demo's years (story.ts). */
  day: (iso: string) => Date;
  at: (local: string) => Date;
  officers: (groupId: string) => { leader: DemoMember; deputy: DemoMember };
  bch: DemoMember[];
  /** Members who are not among the named people, in seed order; the last six carry the unit's history. */
  plain: DemoMember[];
  chairUser: string;
  /** The rules of lib/rating/exclusions.ts with the default settings, on the stored history. */
  excludedReason: (
    memberId: string,
    storyYear: number,
    notes: { longLeave?: string; discipline?: string },
    approved: Set<string>,
  ) => Promise<string | null>;
};

export function ratingKit(ctx: DemoContext): RatingKit {
  const { db } = ctx;
  const named = new Set(
    Object.values(OFFICERS)
      .flat()
      .concat([
        "Trần Thị Thu Hà",
        "Phạm Minh Tuấn",
        "Hoàng Văn Nam",
        "Nguyễn Thị Thanh Nhung",
        "Võ Thị Ngọc Ánh",
        "Huỳnh Đức Thắng",
        "Phan Thị Kim Yến",
        "Hồ Thị Phượng",
        "Vũ Minh Trung",
      ]),
  );
  const p = ctx.byName;
  const kit: RatingKit = {
    day: ctx.yearStory.day,
    at: ctx.yearStory.at,
    officers: (groupId) => {
      const name = ctx.groups.find((g) => g.id === groupId)!.name;
      const [leader, deputy] = OFFICERS[name];
      return { leader: p(leader), deputy: p(deputy) };
    },
    bch: ["Trần Thị Thu Hà", "Hoàng Văn Nam", "Võ Thị Ngọc Ánh", "Huỳnh Đức Thắng", "Hồ Thị Phượng"].map(p),
    plain: ctx.members.filter((m) => !named.has(m.fullName)),
    chairUser: ctx.userIdOf("chutich@demo.vn"),
    excludedReason: async (memberId, year, notes, approved) => {
      const end = ctx.yearStory.day(`${year + 1}-01-01`);
      const [event, first] = await Promise.all([
        db.memberEvent.findFirst({
          where: { memberId, type: { in: ["ADMITTED", "TRANSFERRED_IN"] }, effectiveOn: { lt: end } },
          orderBy: { effectiveOn: "desc" },
          select: { effectiveOn: true },
        }),
        db.groupMembership.findFirst({
          where: { memberId },
          orderBy: { startOn: "asc" },
          select: { startOn: true },
        }),
      ]);
      const reasons = exclusionReasons(
        {
          joinedUnitOn: event?.effectiveOn ?? first?.startOn ?? null,
          ratedOn: ctx.yearStory.day(`${year}-12-31`),
          longLeaveNote: notes.longLeave ?? null,
          disciplineNote: notes.discipline ?? null,
          hasApprovedRegistration: approved.has(memberId),
        },
        {
          minMonthsInUnit: 10,
          excludeLongLeave: true,
          excludeDisciplined: true,
          requireRegistration: true,
          excludeSanctioned: true,
          disciplineCapPosition: 2,
        },
      );
      return exclusionText(reasons);
    },
  };
  return kit;
}
