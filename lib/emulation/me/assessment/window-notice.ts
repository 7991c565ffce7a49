// What the member's self-assessment page says when the sheet cannot be filled in: before the
// window opens, after it has closed (and when), or once the year is locked. Pure and client-safe.
import { formatDate } from "@/lib/format";

export type WindowNotice = { title: string; body: string } | null;

export function assessmentWindowNotice(p: {
  today: Date;
  opensOn: Date;
  closesOn: Date;
  yearOpen: boolean;
  hasSheet: boolean;
  draft: boolean;
}): WindowNotice {
  const window = `${formatDate(p.opensOn)} – ${formatDate(p.closesOn)}`;
  if (p.today.getTime() < p.opensOn.getTime())
    return p.hasSheet
      ? null
      : {
          title: "Chưa đến thời gian tự đánh giá",
          body: `Phiếu mở từ ${formatDate(p.opensOn)} đến ${formatDate(p.closesOn)}.`,
        };
  const closed = p.today.getTime() > p.closesOn.getTime();
  if (!p.yearOpen)
    return {
      title: "Năm thi đua đã khóa",
      body: `Thời gian tự đánh giá (${window}) đã kết thúc; phiếu không còn sửa được.`,
    };
  if (!closed) return null;
  if (p.hasSheet && !p.draft) return null;
  return {
    title: "Đã hết thời gian tự đánh giá",
    body: p.hasSheet
      ? `Phiếu đã đóng ngày ${formatDate(p.closesOn)} khi bạn chưa nộp: bản nháp không được tính là đã tự đánh giá. Nếu cần, hãy báo tổ trưởng để được trả lại phiếu.`
      : `Phiếu đã đóng ngày ${formatDate(p.closesOn)} (mở từ ${formatDate(p.opensOn)}). Nếu bạn chưa kịp tự đánh giá, hãy báo tổ trưởng.`,
  };
}
