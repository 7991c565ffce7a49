// The narrative sections of the báo cáo tổng kết, in the order the paper prints them. Client-safe.

export const SECTION_KEYS = ["ASSESSMENT", "SHORTCOMINGS", "DIRECTIONS", "PROPOSALS"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_TITLES: Record<SectionKey, string> = {
  ASSESSMENT: "Đánh giá chung",
  SHORTCOMINGS: "Tồn tại, hạn chế và nguyên nhân",
  DIRECTIONS: "Phương hướng, nhiệm vụ năm tới",
  PROPOSALS: "Kiến nghị, đề xuất",
};

export const SECTION_HINTS: Record<SectionKey, string> = {
  ASSESSMENT: "Kết quả nổi bật của năm, những việc Ban Chấp hành đã làm được.",
  SHORTCOMINGS: "Những việc chưa làm được, chưa tốt; nguyên nhân khách quan và chủ quan.",
  DIRECTIONS: "Mục tiêu, chỉ tiêu và các nhiệm vụ, giải pháp chủ yếu của năm tới.",
  PROPOSALS: "Kiến nghị với công đoàn cấp trên, với chuyên môn đồng cấp.",
};

export const STATUS_LABELS = { DRAFT: "Bản nháp", FINAL: "Đã hoàn thành" } as const;
