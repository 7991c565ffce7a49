// The catalogues and the criteria template a unit starts with (docs/domain.md, "Emulation"). Client-safe.
export const DEFAULT_MOVEMENTS = [
  { name: "Lao động giỏi – Lao động sáng tạo", eligibility: "ANY" },
  { name: "Giỏi việc nước, đảm việc nhà", eligibility: "FEMALE_ONLY" },
  { name: "Xanh - Sạch - Đẹp, Bảo đảm an toàn vệ sinh lao động", eligibility: "ANY" },
] as const;

export const GIOI_VIEC_NUOC = "Giỏi việc nước, đảm việc nhà";

export const DEFAULT_TITLES = [
  { name: "Lao động tiên tiến", scope: "INDIVIDUAL", level: "Cơ sở", eligibility: "ANY" },
  { name: "Chiến sĩ thi đua cơ sở", scope: "INDIVIDUAL", level: "Cơ sở", eligibility: "ANY" },
  { name: "Lao động giỏi", scope: "INDIVIDUAL", level: "Công đoàn cấp trên", eligibility: "ANY" },
  { name: GIOI_VIEC_NUOC, scope: "INDIVIDUAL", level: "Công đoàn cấp trên", eligibility: "FEMALE_ONLY" },
  { name: "Đoàn viên công đoàn xuất sắc", scope: "INDIVIDUAL", level: "Cơ sở", eligibility: "ANY" },
  { name: "Tổ công đoàn vững mạnh", scope: "COLLECTIVE", level: "Cơ sở", eligibility: "ANY" },
  {
    name: "Tổ công đoàn hoàn thành xuất sắc nhiệm vụ",
    scope: "COLLECTIVE",
    level: "Cơ sở",
    eligibility: "ANY",
  },
  { name: "Tập thể lao động tiên tiến", scope: "COLLECTIVE", level: "Cơ sở", eligibility: "ANY" },
  {
    name: "CĐCS hoàn thành xuất sắc nhiệm vụ",
    scope: "COLLECTIVE",
    level: "Công đoàn cấp trên",
    eligibility: "ANY",
  },
] as const;

export const DEFAULT_COMMENDATIONS = [
  { name: "Giấy khen của BCH CĐCS", level: "Cơ sở" },
  { name: "Giấy khen của CĐ cấp trên", level: "Công đoàn cấp trên" },
  { name: "Bằng khen LĐLĐ tỉnh", level: "Tỉnh" },
  { name: "Bằng khen Tổng Liên đoàn", level: "Trung ương" },
  { name: "Bằng Lao động sáng tạo", level: "Trung ương" },
] as const;

/** 100 points in four groups; the unit edits it per year. */
export const DEFAULT_CRITERIA = [
  {
    groupName: "Phẩm chất chính trị, đạo đức",
    content: "Chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nội quy, quy chế của đơn vị",
    maxPoints: 10,
  },
  {
    groupName: "Phẩm chất chính trị, đạo đức",
    content: "Giữ gìn phẩm chất đạo đức, lối sống; đoàn kết, giúp đỡ đồng nghiệp",
    maxPoints: 10,
  },
  {
    groupName: "Thực hiện nhiệm vụ được giao",
    content: "Hoàn thành nhiệm vụ chuyên môn được giao về khối lượng, chất lượng, tiến độ",
    maxPoints: 30,
  },
  {
    groupName: "Thực hiện nhiệm vụ được giao",
    content: "Có sáng kiến, cải tiến, đổi mới trong công việc",
    maxPoints: 10,
  },
  {
    groupName: "Tham gia hoạt động công đoàn",
    content: "Tham gia sinh hoạt công đoàn và các phong trào thi đua do công đoàn phát động",
    maxPoints: 15,
  },
  { groupName: "Tham gia hoạt động công đoàn", content: "Đóng đoàn phí đầy đủ, đúng quy định", maxPoints: 5 },
  {
    groupName: "Tham gia hoạt động công đoàn",
    content: "Tham gia hoạt động xã hội, từ thiện, văn hóa, thể thao",
    maxPoints: 10,
  },
  {
    groupName: "Học tập, rèn luyện",
    content: "Học tập nâng cao trình độ chính trị, chuyên môn, nghiệp vụ; thực hiện chương trình đã đăng ký",
    maxPoints: 10,
  },
];
