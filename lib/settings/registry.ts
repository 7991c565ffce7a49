// The known dated settings: label, value kind and built-in defaults. Client-safe.
//
// Defaults are a dated list because the rules themselves change by date (đoàn phí
// 1 % → 0,5 % on 01/7/2025, lương cơ sở by decree). The BCH's own rows and these
// defaults form one timeline; see resolveSetting in service.ts for how a value is picked.

export type SettingKind = "money" | "percent" | "text" | "dayOfYear" | "choice";

export type SettingChoice = { value: string; label: string };

/** A built-in value. `from` is "yyyy-MM-dd"; without it, the value applies since always. */
export type DatedDefault = { from?: string; value: string | number; note?: string };

export type SettingDefinition = {
  label: string;
  hint?: string;
  kind: SettingKind;
  choices?: readonly SettingChoice[];
  /** At least one entry. */
  defaults: readonly DatedDefault[];
};

export const SETTING_REGISTRY = {
  "meeting.frequency": {
    label: "Định kỳ sinh hoạt công đoàn",
    kind: "choice",
    choices: [
      { value: "monthly", label: "Hằng tháng" },
      { value: "quarterly", label: "Hằng quý" },
    ],
    defaults: [{ value: "monthly" }],
  },
  "dues.rate.percent": {
    label: "Mức đóng đoàn phí (% lương đóng BHXH)",
    hint: "Số tiền đóng tối đa bằng 10 % lương cơ sở.",
    kind: "percent",
    defaults: [
      { value: 1, note: "QĐ 1908/QĐ-TLĐ ngày 19/12/2016" },
      { from: "2025-07-01", value: 0.5, note: "QĐ 61/QĐ-TLĐ ngày 29/7/2025" },
    ],
  },
  "dues.base.salary": {
    label: "Lương cơ sở",
    kind: "money",
    defaults: [
      { from: "2019-07-01", value: 1_490_000, note: "Nghị định 38/2019/NĐ-CP" },
      { from: "2023-07-01", value: 1_800_000, note: "Nghị định 24/2023/NĐ-CP" },
      { from: "2024-07-01", value: 2_340_000, note: "Nghị định 73/2024/NĐ-CP" },
    ],
  },
  "dues.cdcs.share.percent": {
    label: "Tỷ lệ đoàn phí CĐCS được giữ lại",
    hint: "Phần còn lại nộp công đoàn cấp trên.",
    kind: "percent",
    defaults: [{ value: 70, note: "QĐ 8108/QĐ-TLĐ ngày 16/10/2023" }],
  },
  "unit.type": {
    label: "Loại hình đơn vị (bảng điểm xếp loại CĐCS)",
    hint: "Chọn mẫu bảng điểm tự đánh giá CĐCS theo Hướng dẫn 1294/HD-TLĐ khi mở năm xếp loại.",
    kind: "choice",
    choices: [
      { value: "hcsn", label: "Hành chính sự nghiệp" },
      { value: "enterprise", label: "Doanh nghiệp" },
    ],
    defaults: [{ value: "hcsn" }],
  },
  "rating.quota.excellent.percent": {
    label: "Tỷ lệ tối đa “Hoàn thành xuất sắc nhiệm vụ”",
    hint: "Tính trên số được xếp loại Hoàn thành tốt nhiệm vụ trở lên.",
    kind: "percent",
    defaults: [{ value: 20 }],
  },
  "rating.quota.mode": {
    label: "Khi vượt tỷ lệ xuất sắc",
    kind: "choice",
    choices: [
      { value: "warn", label: "Cảnh báo" },
      { value: "block", label: "Không cho lưu" },
    ],
    defaults: [{ value: "warn" }],
  },
  "cycle.kind": {
    label: "Năm thi đua, đánh giá xếp loại",
    hint: "Trường học theo năm học; doanh nghiệp, cơ quan theo năm dương lịch. Đổi khi không còn năm nào đang diễn ra.",
    kind: "choice",
    choices: [
      { value: "calendar", label: "Năm dương lịch (01/01 – 31/12)" },
      { value: "school", label: "Năm học" },
    ],
    defaults: [{ value: "calendar" }],
  },
  "cycle.start": {
    label: "Ngày bắt đầu năm học",
    hint: "Chỉ dùng khi theo năm học. Ví dụ 01/09: năm học 2025–2026 từ 01/09/2025 đến 31/08/2026.",
    kind: "dayOfYear",
    defaults: [{ value: "09-01" }],
  },
  "members.statistics.columns": {
    label: "Cột của báo cáo thống kê, biến động đoàn viên",
    hint: "Theo mẫu công đoàn cấp trên yêu cầu; áp dụng cho các kỳ báo cáo kết thúc từ ngày hiệu lực.",
    kind: "choice",
    choices: [
      { value: "union-form", label: "Theo mẫu thống kê của công đoàn (biến động, nữ, đảng viên, độ tuổi)" },
      { value: "detailed", label: "Chi tiết (tách thôi sinh hoạt, nghỉ hưu, khai trừ)" },
      { value: "movement", label: "Chỉ biến động (không có cơ cấu)" },
    ],
    defaults: [{ value: "union-form" }],
  },
  "emulation.registration.deadline": {
    label: "Hạn đăng ký thi đua hằng năm",
    hint: "Ngày và tháng, ví dụ 25/01.",
    kind: "dayOfYear",
    defaults: [{ value: "01-25" }],
  },
} as const satisfies Record<string, SettingDefinition>;

export type SettingKey = keyof typeof SETTING_REGISTRY;

export const SETTING_KEYS = Object.keys(SETTING_REGISTRY) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(SETTING_REGISTRY, key);
}

export function settingDefinition(key: SettingKey): SettingDefinition {
  return SETTING_REGISTRY[key];
}

type ValueOf<D> = D extends { kind: "choice"; choices: readonly { value: infer V }[] }
  ? V
  : D extends { kind: "money" | "percent" }
    ? number
    : string;

/** The stored value's type for each key: a number for money and percent, a string otherwise. */
export type SettingValue<K extends SettingKey> = ValueOf<(typeof SETTING_REGISTRY)[K]>;
