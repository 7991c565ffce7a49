// Vietnamese labels for the emulation states and kinds. Client-safe.
export type RegistrationState = "DRAFT" | "SUBMITTED" | "FORWARDED" | "APPROVED" | "RETURNED";
export type AssessmentState = "DRAFT" | "SUBMITTED";
export type CommitmentKind = "STUDY" | "TRAINING" | "TASK";
export type CommitmentResult = "MET" | "PARTLY_MET" | "NOT_MET";
type Tone = "green" | "amber" | "red" | "gray" | "blue";

export const REGISTRATION_STATES: RegistrationState[] = [
  "DRAFT",
  "SUBMITTED",
  "FORWARDED",
  "APPROVED",
  "RETURNED",
];

export const REGISTRATION_STATE_LABELS: Record<RegistrationState, string> = {
  DRAFT: "Chưa gửi",
  SUBMITTED: "Chờ duyệt",
  FORWARDED: "Tổ đã chuyển",
  APPROVED: "Đã duyệt",
  RETURNED: "Từ chối",
};

export const REGISTRATION_STATE_TONES: Record<RegistrationState, Tone> = {
  DRAFT: "gray",
  SUBMITTED: "amber",
  FORWARDED: "blue",
  APPROVED: "green",
  RETURNED: "red",
};

export const ASSESSMENT_STATE_LABELS: Record<AssessmentState, string> = {
  DRAFT: "Nháp",
  SUBMITTED: "Đã nộp",
};

export const COMMITMENT_KIND_LABELS: Record<CommitmentKind, string> = {
  STUDY: "Học tập",
  TRAINING: "Rèn luyện",
  TASK: "Nhiệm vụ",
};

export const COMMITMENT_RESULT_LABELS: Record<CommitmentResult, string> = {
  MET: "Đạt",
  PARTLY_MET: "Đạt một phần",
  NOT_MET: "Không đạt",
};

export const TITLE_SCOPE_LABELS = { INDIVIDUAL: "Cá nhân", COLLECTIVE: "Tập thể" } as const;
export const ELIGIBILITY_LABELS = { ANY: "Mọi đoàn viên", FEMALE_ONLY: "Chỉ nữ đoàn viên" } as const;
