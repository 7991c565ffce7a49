// The self-assessment page's notice: before the window, after it closed (with the date), a locked year.
import { describe, expect, it } from "vitest";
import { assessmentWindowNotice } from "@/lib/emulation/me/assessment/window-notice";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const base = {
  opensOn: d("2026-12-01"),
  closesOn: d("2026-12-15"),
  yearOpen: true,
  hasSheet: false,
  draft: false,
};

describe("the self-assessment window notice", () => {
  it("before the window: not yet, with the dates", () => {
    expect(assessmentWindowNotice({ ...base, today: d("2026-11-20") })).toEqual({
      title: "Chưa đến thời gian tự đánh giá",
      body: "Phiếu mở từ 01/12/2026 đến 15/12/2026.",
    });
  });

  it("after the window: closed, and when — never 'not yet'", () => {
    const n = assessmentWindowNotice({ ...base, today: d("2026-12-20") });
    expect(n?.title).toBe("Đã hết thời gian tự đánh giá");
    expect(n?.body).toContain("đã đóng ngày 15/12/2026");
    const draft = assessmentWindowNotice({ ...base, today: d("2026-12-20"), hasSheet: true, draft: true });
    expect(draft?.title).toBe("Đã hết thời gian tự đánh giá");
    expect(draft?.body).toContain("chưa nộp");
  });

  it("a submitted sheet after the window needs no notice; a locked year says so", () => {
    expect(
      assessmentWindowNotice({ ...base, today: d("2026-12-20"), hasSheet: true, draft: false }),
    ).toBeNull();
    expect(assessmentWindowNotice({ ...base, today: d("2026-12-20"), yearOpen: false })?.title).toBe(
      "Năm thi đua đã khóa",
    );
  });
});
