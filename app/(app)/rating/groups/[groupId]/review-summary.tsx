// The tổ review's header card: the linked meeting, the number present, progress, and for the tổ
// trưởng the meeting details to correct and "Gửi đề xuất của tổ" (confirmed, it ends editing).
import Link from "next/link";
import { ConfirmActionButton } from "@/components/emulation/action-button";
import { Badge } from "@/components/ui/badge";
import { Card, DetailList } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format";
import { submitGroupReviewAction } from "@/lib/rating/groups/actions";
import type { GroupReviewView } from "@/lib/rating/groups/review-queries";
import { GROUP_REVIEW_STATE_LABELS } from "@/lib/rating/labels";
import type { MeetingChoice } from "./open-review-form";
import { UpdateReviewForm } from "./update-review-form";

export function ReviewSummary({ view, meetings }: { view: GroupReviewView; meetings: MeetingChoice[] }) {
  const review = view.review!;
  const { members, excluded, proposed } = view.counts;
  const rated = members - excluded;
  const missing = rated - proposed;
  const submit = submitGroupReviewAction.bind(null, { reviewId: review.id, version: review.version });
  return (
    <Card
      title="Cuộc họp bình xét"
      actions={
        <Badge tone={review.state === "SUBMITTED" ? "green" : "amber"}>
          {GROUP_REVIEW_STATE_LABELS[review.state]}
        </Badge>
      }
    >
      <DetailList
        items={[
          [
            "Cuộc họp",
            review.meeting ? (
              <Link className="underline" href={`/meetings/${review.meeting.id}`}>
                {review.meeting.title} · {formatDate(review.meeting.startsAt)}
              </Link>
            ) : (
              "Chưa gắn cuộc họp"
            ),
          ],
          ["Số người dự họp", review.presentCount ?? "—"],
          ["Đề xuất", `${proposed}/${rated} đoàn viên được xếp loại · ${excluded} không xếp loại`],
          ["Gửi đề xuất", review.submittedAt ? formatDateTime(review.submittedAt) : "Chưa gửi"],
          ...(review.remarks ? ([["Nhận xét chung", review.remarks]] as [string, string][]) : []),
        ]}
      />
      {view.editable && (
        <>
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">
              Sửa cuộc họp, số người dự, nhận xét chung
            </summary>
            <UpdateReviewForm
              meetings={meetings}
              initial={{
                reviewId: review.id,
                version: review.version,
                meetingId: review.meeting?.id ?? "",
                presentCount: review.presentCount?.toString() ?? "",
                remarks: review.remarks ?? "",
              }}
            />
          </details>
          <div className="mt-4 flex flex-wrap items-center gap-3 border-t border-surface-line pt-4">
            <p className="mr-auto text-sm text-ink-muted">
              {missing > 0
                ? `Còn ${missing} đoàn viên chưa có mức đề xuất.`
                : "Mọi đoàn viên được xếp loại đã có mức đề xuất."}{" "}
              Gửi xong, tổ không sửa được nữa.
            </p>
            <ConfirmActionButton
              label="Gửi đề xuất của tổ"
              variant="primary"
              title="Gửi đề xuất của tổ lên BCH?"
              body={
                <>
                  Tổ gửi {proposed} đề xuất ({excluded} đoàn viên không xếp loại). Sau khi gửi, bản bình xét
                  chỉ còn để xem; BCH quyết định mức xếp loại cuối cùng.
                </>
              }
              confirmLabel="Gửi đề xuất"
              run={submit}
              success="Đã gửi đề xuất của tổ lên BCH."
            />
          </div>
        </>
      )}
    </Card>
  );
}
