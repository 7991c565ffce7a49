"use client";
import { ConfirmActionButton } from "@/components/emulation/action-button";
import { ReasonDialogButton } from "@/components/emulation/reason-dialog";
import {
  allowLateRegistrationAction,
  forwardRegistrationsAction,
  returnSelfAssessmentAction,
} from "@/lib/emulation/actions";

export function ForwardButton({
  yearId,
  groupId,
  ids,
  label,
}: {
  yearId: string;
  groupId: string;
  ids: string[];
  label: string;
}) {
  return (
    <ConfirmActionButton
      label={label}
      variant="primary"
      title="Chuyển bản đăng ký lên Ban Chấp hành"
      body={`Chuyển ${ids.length} bản đăng ký đang chờ của tổ lên Ban Chấp hành để duyệt?`}
      confirmLabel="Chuyển"
      success={`Đã chuyển ${ids.length} bản đăng ký lên Ban Chấp hành.`}
      run={() => forwardRegistrationsAction({ yearId, groupId, registrationIds: ids })}
    />
  );
}

export function ReturnAssessmentButton({ assessmentId, name }: { assessmentId: string; name: string }) {
  return (
    <ReasonDialogButton
      label="Trả lại phiếu"
      title={`Trả lại phiếu tự đánh giá của ${name}`}
      success="Đã trả lại phiếu cho đoàn viên."
      run={(reason) => returnSelfAssessmentAction({ assessmentId, reason })}
    />
  );
}

export function AllowLateButton({
  yearId,
  memberId,
  name,
}: {
  yearId: string;
  memberId: string;
  name: string;
}) {
  return (
    <ConfirmActionButton
      label="Cho đăng ký muộn"
      title="Cho phép đăng ký muộn"
      body={`Cho phép ${name} gửi bản đăng ký sau hạn? Người cho phép và thời điểm được ghi lại.`}
      confirmLabel="Cho phép"
      success={`Đã cho phép ${name} đăng ký muộn.`}
      run={() => allowLateRegistrationAction({ yearId, memberId, groupId: "" })}
    />
  );
}
