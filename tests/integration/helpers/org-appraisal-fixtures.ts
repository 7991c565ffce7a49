// Accepted submissions of a CĐCS for the cấp trên's thẩm định and awards (decision 0090), written
// directly: the submission flow itself is tested with lib/submissions. The self-rating copies the
// CĐCS's UNIT template; the awards file proposes members the CĐCS proposed for the cấp trên's Giấy khen.
import { db } from "@/lib/db";
import type { AwardsFilePayload, SelfRatingPayload } from "@/lib/submissions/payloads";
import { ensureCatalogue } from "./emulation-fixtures";
import { registeredForTitles, ratingYearWithTemplates } from "./rating-fixtures";
import type { World } from "./world";

let version = 0;
const nextVersion = () => 100 + ++version;

/** The unit's UNIT template of the year, its self-rating (each criterion `below` its maximum) accepted. */
export async function acceptedSelfRating(
  w: World,
  o: { unitId?: string; year?: number; below?: number; state?: "ACCEPTED" | "SUBMITTED" | "RETURNED" } = {},
) {
  const unitId = o.unitId ?? w.unit.id;
  const year = o.year ?? 2026;
  const t = await ratingYearWithTemplates(unitId, year);
  const criteria = t.unit.map((c, i) => ({
    criterionId: c.id,
    code: String(i + 1),
    group: c.groupName,
    title: c.content,
    maxScore: c.maxPoints,
    selfScore: c.maxPoints - (o.below ?? 1),
  }));
  const payload: SelfRatingPayload = {
    templateId: t.ratingYear.id,
    criteria,
    selfTotal: criteria.reduce((s, c) => s + c.selfScore, 0),
    selfLevel: "Hoàn thành xuất sắc nhiệm vụ",
  };
  const submission = await db.submission.create({
    data: {
      unitId,
      year,
      kind: "SELF_RATING",
      version: nextVersion(),
      state: o.state ?? "ACCEPTED",
      doc: {},
      payload,
      submittedById: w.people.chair.user.id,
    },
  });
  return { ...t, submission, payload };
}

/** Two members proposed for the cấp trên's Giấy khen (TitleAward PROPOSED_HIGHER) and the file accepted. */
export async function acceptedAwardsFile(
  w: World,
  o: { year?: number; state?: "ACCEPTED" | "SUBMITTED" } = {},
) {
  const year = o.year ?? 2026;
  await ensureCatalogue(w.unit.id);
  const form = await db.emulationCommendation.findFirstOrThrow({
    where: { unitId: w.unit.id, name: "Giấy khen của CĐ cấp trên" },
  });
  const people = [];
  for (let i = 0; i < 2; i++) {
    const r = await registeredForTitles(w.unit.id, w.groupA.id, year, ["Đoàn viên công đoàn xuất sắc"]);
    const award = await db.titleAward.create({
      data: {
        ratingYearId: r.ratingYear.id,
        registrationId: r.reg.id,
        titleId: r.titleId("Đoàn viên công đoàn xuất sắc"),
        result: "PROPOSED_HIGHER",
        reason: "Đề nghị cấp trên khen",
        commendationId: form.id,
        achievement: `Thành tích ${i + 1}`,
      },
    });
    people.push({ member: r.member, award, ratingYear: r.ratingYear });
  }
  const payload: AwardsFilePayload = {
    proposals: people.map((p, i) => ({
      proposalRef: p.award.id,
      subject: "MEMBER" as const,
      memberId: p.member.id,
      displayName: p.member.fullName,
      position: "Giáo viên",
      form: form.name,
      summary: `Thành tích ${i + 1}`,
      votes: { for: 9, cast: 9 },
    })),
  };
  const submission = await db.submission.create({
    data: {
      unitId: w.unit.id,
      year,
      kind: "AWARDS_FILE",
      version: nextVersion(),
      state: o.state ?? "ACCEPTED",
      doc: {},
      payload,
      submittedById: w.people.chair.user.id,
    },
  });
  return { submission, payload, people, form };
}
