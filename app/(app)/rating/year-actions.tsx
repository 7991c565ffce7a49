"use client";
// Chốt kết quả (after a confirmation), Công bố, and Mở lại (chủ tịch, with a reason).
import { ConfirmActionButton } from "@/components/emulation/action-button";
import { ReasonDialogButton } from "@/components/emulation/reason-dialog";
import {
  finaliseRatingYearAction,
  publishRatingYearAction,
  reopenRatingYearAction,
} from "@/lib/rating/decision/actions";

type Props = {
  ratingYearId: string;
  year: number;
  status: "OPEN" | "FINALISED";
  published: boolean;
  canManage: boolean;
  canReopen: boolean;
  blocked: boolean;
};

export function YearActions({ ratingYearId, year, status, published, canManage, canReopen, blocked }: Props) {
  return (
    <div className="flex flex-wrap gap-2">
      {status === "OPEN" && canManage && (
        <ConfirmActionButton
          variant="primary"
          label="Chốt kết quả"
          confirmLabel="Xác nhận chốt kết quả"
          title={`Chốt kết quả xếp loại năm ${year}`}
          body="Sau khi chốt, không ai sửa được mức xếp loại, đề xuất của tổ, danh hiệu hay xếp loại tập thể của năm này. Chỉ chủ tịch mở lại được, với lý do."
          run={() => finaliseRatingYearAction({ ratingYearId })}
          success={`Đã chốt kết quả xếp loại năm ${year}.`}
          disabled={blocked}
        />
      )}
      {status === "FINALISED" && !published && canManage && (
        <ConfirmActionButton
          variant="primary"
          label="Công bố"
          confirmLabel="Xác nhận công bố"
          title={`Công bố kết quả năm ${year}`}
          body="Từ khi công bố, mỗi đoàn viên xem được mức xếp loại của mình ở mục “Của tôi”."
          run={() => publishRatingYearAction({ ratingYearId })}
          success={`Đã công bố kết quả năm ${year}.`}
        />
      )}
      {status === "FINALISED" && canReopen && (
        <ReasonDialogButton
          label="Mở lại"
          title={`Mở lại kết quả năm ${year}`}
          run={(reason) => reopenRatingYearAction({ ratingYearId, reason })}
          success={`Đã mở lại kết quả năm ${year}.`}
        />
      )}
    </div>
  );
}
