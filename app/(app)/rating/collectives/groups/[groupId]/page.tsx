import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import { formatAtMoment } from "@/lib/format";
import { groupTitle } from "@/lib/groups/title";
import { getGroupScoreSheet } from "@/lib/rating/collectives/queries";
import { resolveRatingYear } from "@/lib/rating/page-year";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { GroupScoreForm } from "./group-score-form";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ groupId: string }>;
}): Promise<Metadata> {
  const t = await groupTitle((await params).groupId);
  return { title: t ? `Tự chấm điểm: ${t}` : "Tổ công đoàn tự chấm điểm" };
}

type Props = {
  params: Promise<{ groupId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

/** The tổ trưởng scores the tổ against the year's tổ template; the BCH reads it here. */
export default async function GroupSelfScorePage({ params, searchParams }: Props) {
  const actor = await requirePage("rating.review.group", "rating.read.all");
  const [{ groupId }, sp] = await Promise.all([params, searchParams]);
  const { year, r, cycle } = await resolveRatingYear(actor, sp.year);
  const back = (
    <Link href={`/rating/collectives?year=${year}`} className={buttonClass("secondary")}>
      ← Danh sách tổ
    </Link>
  );
  if (!r) {
    return (
      <>
        <PageHeader title={`Tổ tự chấm điểm ${cycleYearLabel(year, cycle)}`} actions={back} />
        <EmptyState title={`Chưa mở đánh giá, xếp loại ${cycleYearLabel(year, cycle)}`}>
          Khi BCH mở đánh giá, tổ trưởng chấm điểm tổ theo mẫu tiêu chí ở trang này.
        </EmptyState>
      </>
    );
  }
  const sheet = await getGroupScoreSheet(actor, r, groupId);
  if (!sheet) notFound();
  const rating = sheet.rating;
  const leads = actor.ledGroupIds.includes(sheet.group.id);
  const editable = leads && r.status === "OPEN" && !rating?.finalLevel;
  const points = new Map((rating?.scores ?? []).map((s) => [s.criterionId, s.selfPoints]));
  return (
    <>
      <PageHeader
        title={`${sheet.group.name}: tự chấm điểm ${cycleYearLabel(year, cycle)}`}
        subtitle={
          rating?.selfSubmittedAt
            ? `Tổ đã gửi ${formatAtMoment(rating.selfSubmittedAt)}${rating.finalLevel ? "" : " · còn sửa và gửi lại được đến khi BCH xếp loại tổ"}`
            : "Tổ chưa gửi kết quả tự chấm"
        }
        actions={back}
      />
      <div className="flex max-w-4xl flex-col gap-4">
        {rating?.finalLevel && (
          <Card title="BCH đã xếp loại tổ">
            <p className="text-sm">
              <Badge tone="green">{rating.finalLevel}</Badge>
              {rating.reviewNote && <span className="ml-2 text-ink-muted">{rating.reviewNote}</span>}
            </p>
          </Card>
        )}
        {!leads && (
          <p className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
            Chỉ tổ trưởng của tổ chấm điểm tổ; BCH xem và xếp loại tổ ở danh sách tổ.
          </p>
        )}
        {sheet.criteria.length === 0 ? (
          <EmptyState title="Năm này chưa có mẫu tiêu chí tổ công đoàn.">
            Chủ tịch hoặc phó chủ tịch thêm tiêu chí ở trang Mẫu tiêu chí.
          </EmptyState>
        ) : (
          <Card>
            <GroupScoreForm
              editable={editable}
              criteria={sheet.criteria.map((c) => ({ ...c, groupName: c.groupName }))}
              levels={r.levels.map(({ name, minPoints }) => ({ name, minPoints }))}
              initial={{
                ratingYearId: r.id,
                groupId: sheet.group.id,
                version: rating?.version ?? 0,
                note: rating?.note ?? "",
                intent: "save",
                scores: sheet.criteria.map((c) => ({
                  criterionId: c.id,
                  points: points.get(c.id) ?? ("" as unknown as number),
                })),
              }}
            />
          </Card>
        )}
      </div>
    </>
  );
}
