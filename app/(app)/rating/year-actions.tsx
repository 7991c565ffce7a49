"use client";
// Chốt kết quả (with the checklist, or a written override), Công bố, and Mở lại (chủ tịch, with a
// reason; a published year is un-published only after an explicit confirmation).
import { ConfirmActionButton } from "@/components/emulation/action-button";
import { publishRatingYearAction } from "@/lib/rating/decision/actions";
import { FinaliseButton } from "./finalise-button";
import { ReopenButton } from "./reopen-button";

type Props = {
  ratingYearId: string;
  yearLabel: string;
  status: "OPEN" | "FINALISED";
  published: boolean;
  canManage: boolean;
  canReopen: boolean;
  blocked: boolean;
  missing: string[];
  wasPublished: boolean;
};

export function YearActions(p: Props) {
  return (
    <div className="flex flex-wrap gap-2">
      {p.status === "OPEN" && p.canManage && (
        <FinaliseButton
          ratingYearId={p.ratingYearId}
          yearLabel={p.yearLabel}
          missing={p.missing}
          blocked={p.blocked}
          wasPublished={p.wasPublished}
        />
      )}
      {p.status === "FINALISED" && !p.published && p.canManage && (
        <ConfirmActionButton
          variant="primary"
          label="Công bố"
          confirmLabel="Xác nhận công bố"
          title={`Công bố kết quả ${p.yearLabel}`}
          body="Từ khi công bố, mỗi đoàn viên xem được mức xếp loại của mình ở mục “Của tôi”."
          run={() => publishRatingYearAction({ ratingYearId: p.ratingYearId })}
          success={`Đã công bố kết quả ${p.yearLabel}.`}
        />
      )}
      {p.status === "FINALISED" && p.canReopen && (
        <ReopenButton ratingYearId={p.ratingYearId} yearLabel={p.yearLabel} published={p.published} />
      )}
    </div>
  );
}
