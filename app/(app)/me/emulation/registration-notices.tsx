import { formatAtMoment, formatDate } from "@/lib/format";

type Props = {
  reg: {
    state: string;
    returnReason: string | null;
    lateAllowedAt: Date | null;
    firstSubmittedAt: Date | null;
  } | null;
  registrationDeadline: Date;
  editable: boolean;
  canSubmit: boolean;
};

/** Why the registration came back, that the deadline has passed, or that a late one is allowed. */
export function RegistrationNotices({ reg, registrationDeadline, editable, canSubmit }: Props) {
  return (
    <>
      {reg?.state === "RETURNED" && (
        <p
          className="rounded-lg border border-brand-200 bg-brand-50 p-3 text-sm text-brand-800"
          data-testid="return-reason"
        >
          Ban Chấp hành đã trả lại bản đăng ký. Lý do: <b>{reg.returnReason?.replace(/[.\s]+$/, "")}</b>. Hãy
          sửa và gửi lại.
        </p>
      )}
      {editable && !canSubmit && (
        <p
          className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="deadline-passed"
        >
          Đã quá hạn đăng ký ({formatDate(registrationDeadline)}). Bạn vẫn lưu nháp được; để gửi, hãy đề nghị
          Ban Chấp hành cho phép đăng ký muộn.
        </p>
      )}
      {reg?.lateAllowedAt && !reg.firstSubmittedAt && (
        <p className="text-sm text-emerald-800">
          Ban Chấp hành đã cho phép bạn đăng ký muộn ({formatAtMoment(reg.lateAllowedAt)}).
        </p>
      )}
    </>
  );
}
