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
    hint: "Ở doanh nghiệp, số tiền đóng tối đa bằng mức trần (10 % lương cơ sở).",
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
  "dues.cap.percent": {
    label: "Mức trần đoàn phí (% lương cơ sở)",
    hint: "Chỉ áp dụng cho đoàn viên ở doanh nghiệp; đoàn viên hưởng lương theo thang bảng lương nhà nước không bị giới hạn.",
    kind: "percent",
    defaults: [{ value: 10, note: "QĐ 1908/QĐ-TLĐ; QĐ 61/QĐ-TLĐ giữ nguyên" }],
  },
  "dues.enterprise.base": {
    label: "Căn cứ đóng đoàn phí ở doanh nghiệp",
    hint: "Doanh nghiệp nhà nước tính trên tiền lương thực lĩnh; doanh nghiệp khác trên lương đóng BHXH.",
    kind: "choice",
    choices: [
      { value: "bhxh", label: "Tiền lương làm căn cứ đóng BHXH" },
      { value: "net", label: "Tiền lương thực lĩnh (doanh nghiệp nhà nước)" },
    ],
    defaults: [{ value: "bhxh" }],
  },
  "dues.fixed.percent": {
    label: "Mức đoàn phí cố định khi không rõ tiền lương (% lương cơ sở)",
    hint: "Dùng cho đoàn viên chưa có lương đóng BHXH (ví dụ nghiệp đoàn).",
    kind: "percent",
    defaults: [
      { value: 1, note: "QĐ 1908/QĐ-TLĐ" },
      { from: "2025-07-01", value: 0.5, note: "QĐ 61/QĐ-TLĐ: tối thiểu 0,5 % lương cơ sở" },
    ],
  },
  "dues.bch.rate.percent": {
    label: "Mức đóng cao hơn theo nghị quyết BCH (% lương)",
    hint: "0 là không áp dụng. Phần thu tăng thêm CĐCS được giữ lại 100 % và báo cáo riêng.",
    kind: "percent",
    defaults: [{ value: 0 }],
  },
  "dues.unit.funding": {
    label: "Nguồn chi trả tiền lương của đơn vị",
    hint: "Đơn vị hưởng 100 % lương từ ngân sách nhà nước dừng thu đoàn phí theo mốc thời gian của Tổng Liên đoàn.",
    kind: "choice",
    choices: [
      { value: "state_full", label: "100 % từ ngân sách nhà nước" },
      { value: "other", label: "Khác (tự chủ một phần, doanh nghiệp…)" },
    ],
    defaults: [{ value: "other" }],
  },
  "dues.stateFunded.collect": {
    label: "Thu đoàn phí ở đơn vị hưởng 100 % lương từ ngân sách",
    kind: "choice",
    choices: [
      { value: "collect", label: "Thu" },
      { value: "stop", label: "Không thu" },
    ],
    defaults: [
      { value: "collect" },
      { from: "2025-06-01", value: "stop", note: "Công văn 4133/TLĐ-ToC ngày 23/5/2025" },
    ],
  },
  "finance.kpcd.collected": {
    label: "Thu kinh phí công đoàn (2 % quỹ lương)",
    hint: "Đơn vị hưởng lương 100 % từ ngân sách: không thu từ 01/6/2025 (Công văn 4133/TLĐ-ToC); quỹ chỉ nhận kinh phí cấp trên cấp.",
    kind: "choice",
    choices: [
      { value: "yes", label: "Có thu" },
      { value: "no", label: "Không thu" },
    ],
    defaults: [{ value: "yes" }],
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
