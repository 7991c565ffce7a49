// The catalogues and the criteria template a unit starts with (docs/domain.md, "Emulation"). Client-safe.
export const DEFAULT_MOVEMENTS = [
  { name: "Lao động giỏi – Lao động sáng tạo", eligibility: "ANY" },
  { name: "Giỏi việc nước, đảm việc nhà", eligibility: "FEMALE_ONLY" },
  { name: "Xanh - Sạch - Đẹp, Bảo đảm an toàn vệ sinh lao động", eligibility: "ANY" },
] as const;

export const GIOI_VIEC_NUOC = "Giỏi việc nước, đảm việc nhà";

/**
 * Who confers (domain.md, "Who confers what"): UNION_UPPER = the union's cấp trên, CDCS = the
 * CĐCS's own BCH, AGENCY = the head of the agency or enterprise (state titles of the Luật Thi đua,
 * khen thưởng 2022, proposed by its Hội đồng thi đua – khen thưởng; the union never proposes them to
 * its cấp trên). minLevelPosition: the lowest rating level a candidate needs, as a position in the
 * year's scheme (0 = Hoàn thành xuất sắc, 1 = Hoàn thành tốt); null = no minimum. Every default is
 * a start the unit edits: the cấp trên's current rules govern.
 */
export const DEFAULT_TITLES = [
  {
    name: "Đoàn viên công đoàn xuất sắc",
    scope: "INDIVIDUAL",
    level: "Cơ sở",
    eligibility: "ANY",
    conferrer: "CDCS",
    minLevelPosition: 0,
  },
  {
    name: GIOI_VIEC_NUOC,
    scope: "INDIVIDUAL",
    level: "Công đoàn cấp trên",
    eligibility: "FEMALE_ONLY",
    conferrer: "UNION_UPPER",
    minLevelPosition: 1,
  },
  {
    name: "Tổ công đoàn vững mạnh",
    scope: "COLLECTIVE",
    level: "Cơ sở",
    eligibility: "ANY",
    conferrer: "CDCS",
    minLevelPosition: 1,
  },
  {
    name: "Tổ công đoàn hoàn thành xuất sắc nhiệm vụ",
    scope: "COLLECTIVE",
    level: "Cơ sở",
    eligibility: "ANY",
    conferrer: "CDCS",
    minLevelPosition: 0,
  },
  {
    name: "CĐCS hoàn thành xuất sắc nhiệm vụ",
    scope: "COLLECTIVE",
    level: "Công đoàn cấp trên",
    eligibility: "ANY",
    conferrer: "UNION_UPPER",
    minLevelPosition: 0,
  },
  // State titles: conferred by the head of the agency; the union only sends its list to the
  // agency's Hội đồng thi đua – khen thưởng.
  {
    name: "Lao động tiên tiến",
    scope: "INDIVIDUAL",
    level: "Thủ trưởng cơ quan",
    eligibility: "ANY",
    conferrer: "AGENCY",
    minLevelPosition: 1,
  },
  {
    name: "Chiến sĩ thi đua cơ sở",
    scope: "INDIVIDUAL",
    level: "Thủ trưởng cơ quan",
    eligibility: "ANY",
    conferrer: "AGENCY",
    minLevelPosition: 0,
  },
  {
    name: "Tập thể lao động tiên tiến",
    scope: "COLLECTIVE",
    level: "Thủ trưởng cơ quan",
    eligibility: "ANY",
    conferrer: "AGENCY",
    minLevelPosition: 1,
  },
] as const;

/** "Lao động giỏi – Lao động sáng tạo" is a movement, not a title: older catalogues had it as one. */
export const NOT_A_TITLE = ["Lao động giỏi"] as const;

/** The union's forms of commendation (the Giấy khen of the BCH CĐCS only where the year's setting allows it). */
export const DEFAULT_COMMENDATIONS = [
  {
    name: "Giấy khen của BCH CĐCS",
    level: "Cơ sở",
    conferrer: "CDCS",
    eligibility: "ANY",
    minLevelPosition: 1,
  },
  {
    name: "Giấy khen của CĐ cấp trên",
    level: "Công đoàn cấp trên",
    conferrer: "UNION_UPPER",
    eligibility: "ANY",
    minLevelPosition: 1,
  },
  {
    name: "Bằng khen LĐLĐ tỉnh",
    level: "Tỉnh",
    conferrer: "UNION_UPPER",
    eligibility: "ANY",
    minLevelPosition: 0,
  },
  {
    name: "Bằng khen Tổng Liên đoàn",
    level: "Trung ương",
    conferrer: "UNION_UPPER",
    eligibility: "ANY",
    minLevelPosition: 0,
  },
  {
    name: "Bằng khen chuyên đề “Giỏi việc nước, đảm việc nhà”",
    level: "Công đoàn cấp trên",
    conferrer: "UNION_UPPER",
    eligibility: "FEMALE_ONLY",
    minLevelPosition: 1,
  },
  {
    name: "Bằng khen chuyên đề “Xanh – Sạch – Đẹp, Bảo đảm ATVSLĐ”",
    level: "Công đoàn cấp trên",
    conferrer: "UNION_UPPER",
    eligibility: "ANY",
    minLevelPosition: 1,
  },
  { name: "Cờ thi đua", level: "Tỉnh", conferrer: "UNION_UPPER", eligibility: "ANY", minLevelPosition: 0 },
  {
    name: "Bằng Lao động sáng tạo",
    level: "Trung ương",
    conferrer: "UNION_UPPER",
    eligibility: "ANY",
    minLevelPosition: null,
  },
  {
    name: "Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn”",
    level: "Trung ương",
    conferrer: "UNION_UPPER",
    eligibility: "ANY",
    minLevelPosition: null,
  },
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
