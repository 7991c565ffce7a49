// Vietnamese labels for the meeting enums. Client-safe.
export const MEETING_TYPES = [
  "BCH_REGULAR",
  "BCH_EXTRAORDINARY",
  "GROUP",
  "GROUP_REVIEW",
  "CONFERENCE_STAFF",
  "CONFERENCE_REVIEW",
  "CONFERENCE_EMULATION",
  "CONGRESS",
  "ADMISSION",
] as const;
export type MeetingTypeCode = (typeof MEETING_TYPES)[number];

export const MEETING_TYPE_LABELS: Record<MeetingTypeCode, string> = {
  BCH_REGULAR: "Họp BCH thường kỳ",
  BCH_EXTRAORDINARY: "Họp BCH bất thường",
  GROUP: "Sinh hoạt tổ công đoàn",
  GROUP_REVIEW: "Họp tổ bình xét, xếp loại",
  CONFERENCE_STAFF: "Hội nghị CBCCVC / người lao động",
  CONFERENCE_REVIEW: "Hội nghị tổng kết",
  CONFERENCE_EMULATION: "Hội nghị bình xét thi đua",
  CONGRESS: "Đại hội công đoàn",
  ADMISSION: "Lễ kết nạp đoàn viên",
};

/** The words after "BIÊN BẢN" in the printout's title. */
export const MINUTES_TITLES: Record<MeetingTypeCode, string> = {
  BCH_REGULAR: "HỌP BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ",
  BCH_EXTRAORDINARY: "HỌP BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ (BẤT THƯỜNG)",
  GROUP: "HỌP TỔ CÔNG ĐOÀN",
  GROUP_REVIEW: "HỌP TỔ CÔNG ĐOÀN (BÌNH XÉT, XẾP LOẠI ĐOÀN VIÊN)",
  CONFERENCE_STAFF: "HỘI NGHỊ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC",
  CONFERENCE_REVIEW: "HỘI NGHỊ TỔNG KẾT",
  CONFERENCE_EMULATION: "HỘI NGHỊ BÌNH XÉT THI ĐUA",
  CONGRESS: "ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ",
  ADMISSION: "LỄ KẾT NẠP ĐOÀN VIÊN",
};

export const MEETING_STATUSES = ["PLANNED", "HELD", "MINUTES_DRAFT", "MINUTES_SIGNED"] as const;
export type MeetingStatusCode = (typeof MEETING_STATUSES)[number];

export const MEETING_STATUS_LABELS: Record<MeetingStatusCode, string> = {
  PLANNED: "Dự kiến",
  HELD: "Đã họp",
  MINUTES_DRAFT: "Biên bản nháp",
  MINUTES_SIGNED: "Biên bản đã ký",
};
export const MEETING_STATUS_TONES = {
  PLANNED: "blue",
  HELD: "amber",
  MINUTES_DRAFT: "amber",
  MINUTES_SIGNED: "green",
} as const;

export type AttendanceCode = "PRESENT" | "EXCUSED" | "ABSENT";
export const ATTENDANCE_LABELS: Record<AttendanceCode, string> = {
  PRESENT: "Có mặt",
  EXCUSED: "Vắng có lý do",
  ABSENT: "Vắng không lý do",
};
