// The UBKT's words for its work: subjects, states, severities. Client-safe.
import type {
  InspectionSeverity,
  InspectionStatus,
  InspectionSubject,
  RecommendationStatus,
} from "@/lib/generated/prisma/enums";

export const SUBJECT_LABELS: Record<InspectionSubject, string> = {
  FINANCE: "Tài chính công đoàn",
  WELFARE: "Công tác chăm lo, phúc lợi",
  CHARTER: "Chấp hành Điều lệ Công đoàn",
  OTHER: "Nội dung khác",
};
export const SUBJECTS = Object.keys(SUBJECT_LABELS) as InspectionSubject[];

export const STATUS_LABELS: Record<InspectionStatus, string> = {
  PLANNED: "Dự kiến",
  IN_PROGRESS: "Đang kiểm tra",
  CONCLUDED: "Đã kết luận",
  CLOSED: "Đã khép lại",
  WITHDRAWN: "Đã rút",
};
export const STATUS_TONES = {
  PLANNED: "gray",
  IN_PROGRESS: "blue",
  CONCLUDED: "amber",
  CLOSED: "green",
  WITHDRAWN: "gray",
} as const satisfies Record<InspectionStatus, string>;

export const SEVERITY_LABELS: Record<InspectionSeverity, string> = {
  OBSERVATION: "Ghi nhận",
  SHORTCOMING: "Hạn chế, thiếu sót",
  VIOLATION: "Vi phạm",
};
export const SEVERITIES = Object.keys(SEVERITY_LABELS) as InspectionSeverity[];
export const SEVERITY_TONES = { OBSERVATION: "gray", SHORTCOMING: "amber", VIOLATION: "red" } as const;

export const RECOMMENDATION_LABELS: Record<RecommendationStatus, string> = {
  OPEN: "Chờ BCH trả lời",
  ANSWERED: "Chờ UBKT xem xét",
  ACCEPTED: "Đã hoàn thành",
  WITHDRAWN: "Đã rút",
};
export const RECOMMENDATION_TONES = {
  OPEN: "amber",
  ANSWERED: "blue",
  ACCEPTED: "green",
  WITHDRAWN: "gray",
} as const satisfies Record<RecommendationStatus, string>;

export const INSPECTED_PARTY_DEFAULT = "Ban Chấp hành Công đoàn cơ sở";
