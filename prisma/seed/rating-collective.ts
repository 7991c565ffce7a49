// The year's tổ and CĐCS templates, the 2025 tổ ratings (self-score, the BCH's level), the CĐCS
// self-rating with the cấp trên's thẩm định, and the 2025 titles awarded.
import type { DemoContext } from "./context";
import { LEVELS, type RatingKit } from "./rating-kit";
import { DEFAULT_LEVELS, levelFor } from "../../lib/emulation/levels";
import { DEFAULT_GROUP_CRITERIA, DEFAULT_UNIT_CRITERIA } from "../../lib/rating/defaults";

const [XS, TOT] = LEVELS;
const level = (total: number) => levelFor(total, DEFAULT_LEVELS)!;

/** The tổ and CĐCS templates of a rating year (the defaults, as openRatingYear writes them). */
export async function createCriteria(ctx: DemoContext, ratingYearId: string) {
  const data = [
    ...DEFAULT_GROUP_CRITERIA.map((c, i) => ({
      ratingYearId,
      scope: "GROUP" as const,
      position: i + 1,
      ...c,
    })),
    ...DEFAULT_UNIT_CRITERIA.map((c, i) => ({ ratingYearId, scope: "UNIT" as const, position: i + 1, ...c })),
  ];
  await ctx.db.ratingCriterion.createMany({ data });
  return ctx.db.ratingCriterion.findMany({
    where: { ratingYearId },
    orderBy: [{ scope: "asc" }, { position: "asc" }],
  });
}

/** Returns each tổ's final level. */
export async function seedCollectives2025(ctx: DemoContext, kit: RatingKit, ratingYearId: string) {
  const { db, yearStory: story } = ctx;
  const { at, day } = kit;
  const criteria = await createCriteria(ctx, ratingYearId);
  const group = criteria.filter((c) => c.scope === "GROUP");
  const unit = criteria.filter((c) => c.scope === "UNIT");
  const out = new Map<string, string>();
  for (const [i, g] of ctx.groups.entries()) {
    const scores = group.map((c, k) => ({
      criterionId: c.id,
      selfPoints: Math.max(0, c.maxPoints - ((i + k * 2) % 5) - (i === 4 ? 2 : 0)),
    }));
    const self = scores.reduce((s, x) => s + x.selfPoints, 0);
    // The BCH lowers Tổ Văn phòng: it held three of its four quarterly meetings.
    const lowered = g.name === "Tổ Văn phòng";
    const finalLevel = lowered ? TOT : level(self);
    out.set(g.id, finalLevel);
    await db.collectiveRating.create({
      data: {
        ratingYearId,
        scope: "GROUP",
        subjectKey: `g:${g.id}`,
        groupId: g.id,
        selfTotal: self,
        selfLevel: level(self),
        selfSubmittedAt: at(`2025-09-${17 + i}T09:00`),
        finalLevel,
        reviewNote: lowered
          ? "Tổ chưa tổ chức đủ 4 kỳ sinh hoạt định kỳ trong năm."
          : "BCH nhất trí với kết quả tổ tự chấm.",
        decidedById: kit.chairUser,
        decidedAt: at("2025-10-05T10:30"),
        scores: { create: scores },
      },
    });
  }
  const scores = unit.map((c, k) => ({
    criterionId: c.id,
    selfPoints: c.maxPoints - (k % 4 === 1 ? 1 : 0),
    reviewedPoints: c.maxPoints - (k % 4 === 1 ? 1 : 0) - (k === 2 ? 2 : 0),
    note: k === 2 ? "Chưa có biên bản giám sát ATVSLĐ quý III." : null,
  }));
  const self = scores.reduce((s, x) => s + x.selfPoints, 0);
  const reviewed = scores.reduce((s, x) => s + x.reviewedPoints, 0);
  await db.collectiveRating.create({
    data: {
      ratingYearId,
      scope: "UNIT",
      subjectKey: "unit",
      selfTotal: self,
      selfLevel: level(self),
      selfSubmittedAt: at("2025-10-15T09:00"),
      finalLevel: level(reviewed),
      reviewedTotal: reviewed,
      reviewRef: "45/QĐ-LĐLĐ",
      reviewedOn: day(story.upTo("2026-01-16T00:00").slice(0, 10)),
      reviewNote: "Công đoàn Giáo dục tỉnh thẩm định: trừ 2 điểm tiêu chí giám sát ATVSLĐ.",
      decidedById: kit.chairUser,
      decidedAt: at(story.upTo("2026-01-20T09:00")),
      scores: { create: scores },
    },
  });
  return out;
}

type Reg = { id: string; memberId: string | null; groupId: string | null; titleIds: string[] };

/**
 * Bình xét thi đua 2025: each title of each approved registration, from the year's final levels and
 * the titles' own rules (minimum level, bar from titles). State titles (Lao động tiên tiến, Chiến sĩ
 * thi đua cơ sở) are marked for the agency's Hội đồng thi đua; two members rated Hoàn thành xuất sắc
 * are proposed to the cấp trên on the union's own title, with thành tích and the BCH's vote.
 */
export async function awardTitles2025(
  ctx: DemoContext,
  kit: RatingKit,
  ratingYearId: string,
  regs: Reg[],
  levelOf: Map<string, { level: string | null; excluded: string | null }>,
  groupLevels: Map<string, string>,
  notInUnit: string,
) {
  const { db, unitId, yearStory: story } = ctx;
  const at = kit.at;
  const titles = new Map(
    (
      await db.emulationTitle.findMany({
        where: { unitId },
        select: { id: true, name: true, conferrer: true, minLevelPosition: true },
      })
    ).map((t) => [t.id, t]),
  );
  const commendations = await db.emulationCommendation.findMany({
    where: { unitId, name: { in: ["Giấy khen của CĐ cấp trên", "Bằng khen LĐLĐ tỉnh"] } },
    orderBy: { sortOrder: "asc" },
  });
  const proposedHigher: string[] = [];
  const data = [];
  for (const r of regs) {
    const info = r.memberId
      ? levelOf.get(r.memberId)
      : { level: r.groupId ? (groupLevels.get(r.groupId) ?? null) : null, excluded: null };
    for (const titleId of r.titleIds) {
      const t = titles.get(titleId);
      const rank = info?.level ? LEVELS.indexOf(info.level) : -1;
      let result: "ACHIEVED" | "NOT_ACHIEVED" | "PROPOSED_HIGHER" = "ACHIEVED";
      let reason: string | null = null;
      let commendationId: string | null = null;
      let achievement: string | null = null;
      if (r.memberId === notInUnit)
        [result, reason] = ["NOT_ACHIEVED", story.text("Chưa công tác tại đơn vị trong năm học 2025–2026.")];
      else if (info?.excluded) [result, reason] = ["NOT_ACHIEVED", `Không xét danh hiệu: ${info.excluded}.`];
      else if (!info?.level) [result, reason] = ["NOT_ACHIEVED", "Chưa có mức xếp loại."];
      else if (t?.minLevelPosition != null && rank > t.minLevelPosition)
        [result, reason] = [
          "NOT_ACHIEVED",
          `Xếp loại ${info.level}; cần từ ${LEVELS[t.minLevelPosition]} trở lên.`,
        ];
      else if (
        r.memberId &&
        t?.conferrer !== "AGENCY" &&
        info.level === XS &&
        proposedHigher.length < 2 &&
        !proposedHigher.includes(r.id)
      ) {
        const c = commendations[proposedHigher.length];
        proposedHigher.push(r.id);
        [result, reason, commendationId] = [
          "PROPOSED_HIGHER",
          "Hoàn thành xuất sắc nhiệm vụ hai năm liền.",
          c?.id ?? null,
        ];
        achievement =
          "Hoàn thành xuất sắc nhiệm vụ năm học 2024–2025 và 2025–2026; sáng kiến kinh nghiệm được công nhận cấp tỉnh; tích cực trong các phong trào do công đoàn phát động.";
      } else if (t?.conferrer === "UNION_UPPER")
        achievement = "Hoàn thành tốt nhiệm vụ; tích cực tham gia phong trào thi đua của công đoàn.";
      data.push({
        ratingYearId,
        registrationId: r.id,
        titleId,
        result,
        reason,
        commendationId,
        achievement,
        votesFor: result === "NOT_ACHIEVED" ? null : 7,
        votesCast: result === "NOT_ACHIEVED" ? null : 7,
        decidedById: kit.chairUser,
        decidedAt: at("2025-10-15T09:00"),
      });
    }
  }
  await db.titleAward.createMany({ data });
}
