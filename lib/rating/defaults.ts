// Default templates of the rating year, editable per year (lib/rating/collectives).
// The CĐCS score sheet is data per unit type and dated (UNIT_TEMPLATES): the three criteria groups
// of Hướng dẫn 1294/HD-TLĐ with the points of the type, plus the bonus points. The cấp trên's own
// guidance governs; these are only the start, and the year's template stays editable.
export type TemplateCriterion = { groupName: string; content: string; maxPoints: number };

export const DEFAULT_GROUP_CRITERIA: TemplateCriterion[] = [
  {
    groupName: "I. Sinh hoạt và hoạt động của tổ",
    content: "Tổ chức sinh hoạt tổ định kỳ, tham gia đầy đủ hoạt động của CĐCS",
    maxPoints: 30,
  },
  {
    groupName: "II. Chăm lo đoàn viên",
    content: "Chăm lo đời sống, thăm hỏi, giúp đỡ đoàn viên khi ốm đau, khó khăn",
    maxPoints: 25,
  },
  {
    groupName: "III. Thi đua",
    content: "Tổ chức phong trào thi đua; đoàn viên hoàn thành nhiệm vụ được giao",
    maxPoints: 30,
  },
  {
    groupName: "IV. Xây dựng tổ",
    content: "Phát triển, quản lý đoàn viên; thu nộp đoàn phí đầy đủ, đúng hạn",
    maxPoints: 15,
  },
];

/** The unit types that have their own CĐCS score sheet (the "unit.type" dated setting). */
export const UNIT_TYPES = {
  hcsn: "hành chính sự nghiệp",
  enterprise: "doanh nghiệp",
} as const;
export type UnitType = keyof typeof UNIT_TYPES;
export const isUnitType = (v: unknown): v is UnitType => typeof v === "string" && v in UNIT_TYPES;

export type UnitTemplate = {
  key: string;
  unitType: UnitType;
  /** "yyyy-MM-dd": the template applies to years opened on or after it. */
  from: string;
  /** The text the printed sheet cites. */
  guidance: string;
  /** Whether the points are the guidance's own (false: a default to replace with the cấp trên's table). */
  verified: boolean;
  criteria: TemplateCriterion[];
};

const GUIDANCE_1294 =
  "Hướng dẫn số 1294/HD-TLĐ ngày 14/8/2019 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam";

/** The three groups of 1294, named in full, and the bonus points. */
export const UNIT_GROUPS = {
  g1: "1. Đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động và tham gia quản lý, thanh tra, kiểm tra, giám sát",
  g2: "2. Xây dựng tổ chức công đoàn",
  g3: "3. Công tác tuyên truyền và các hoạt động khác",
  bonus: "4. Điểm thưởng",
} as const;
const { g1: G1, g2: G2, g3: G3, bonus: BONUS } = UNIT_GROUPS;

/** Hành chính sự nghiệp (1294): 40 / 40 / 15, plus 5 bonus points; 100 in all. */
const HCSN_1294: TemplateCriterion[] = [
  {
    groupName: G1,
    content:
      "Tham gia xây dựng, thực hiện quy chế dân chủ ở cơ sở; tổ chức hội nghị cán bộ, công chức, viên chức",
    maxPoints: 15,
  },
  {
    groupName: G1,
    content: "Chăm lo đời sống, thăm hỏi, hỗ trợ đoàn viên, người lao động khó khăn",
    maxPoints: 15,
  },
  {
    groupName: G1,
    content:
      "Tham gia quản lý, thanh tra, kiểm tra, giám sát việc thực hiện chế độ, chính sách đối với đoàn viên",
    maxPoints: 10,
  },
  { groupName: G2, content: "Phát triển, quản lý đoàn viên; xây dựng tổ công đoàn vững mạnh", maxPoints: 15 },
  {
    groupName: G2,
    content: "Hoạt động của Ban Chấp hành, Ủy ban kiểm tra; chế độ họp, sinh hoạt định kỳ",
    maxPoints: 15,
  },
  {
    groupName: G2,
    content: "Quản lý tài chính, thu, nộp đoàn phí, kinh phí công đoàn đúng quy định",
    maxPoints: 10,
  },
  {
    groupName: G3,
    content: "Tuyên truyền, phổ biến chủ trương, chính sách, pháp luật, nghị quyết công đoàn",
    maxPoints: 8,
  },
  {
    groupName: G3,
    content: "Tổ chức phong trào thi đua, hoạt động văn hóa, văn nghệ, thể thao",
    maxPoints: 7,
  },
  {
    groupName: BONUS,
    content: "Điểm thưởng: có sáng kiến, mô hình hay, được cấp có thẩm quyền khen thưởng trong năm",
    maxPoints: 5,
  },
];

/**
 * Doanh nghiệp: a configurable default (the enterprise table of 1294 could not be read in full):
 * more weight on đại diện, thương lượng tập thể and đối thoại, 50 / 30 / 15, plus 5 bonus points.
 * Replace it with the cấp trên's table in the year's template.
 */
const ENTERPRISE_DEFAULT: TemplateCriterion[] = [
  {
    groupName: G1,
    content: "Đối thoại, thương lượng tập thể, ký kết và thực hiện thỏa ước lao động tập thể",
    maxPoints: 20,
  },
  {
    groupName: G1,
    content: "Chăm lo việc làm, tiền lương, đời sống, thăm hỏi, hỗ trợ người lao động khó khăn",
    maxPoints: 15,
  },
  {
    groupName: G1,
    content: "Tham gia kiểm tra, giám sát thực hiện chế độ, chính sách, an toàn, vệ sinh lao động",
    maxPoints: 15,
  },
  { groupName: G2, content: "Phát triển, quản lý đoàn viên; xây dựng tổ công đoàn vững mạnh", maxPoints: 15 },
  {
    groupName: G2,
    content: "Hoạt động của Ban Chấp hành, Ủy ban kiểm tra; thu, nộp đoàn phí, kinh phí công đoàn",
    maxPoints: 15,
  },
  {
    groupName: G3,
    content:
      "Tuyên truyền pháp luật lao động, chủ trương của công đoàn; phong trào thi đua, văn hóa, thể thao",
    maxPoints: 15,
  },
  {
    groupName: BONUS,
    content: "Điểm thưởng: có sáng kiến, mô hình hay, được cấp có thẩm quyền khen thưởng trong năm",
    maxPoints: 5,
  },
];

export const UNIT_TEMPLATES: readonly UnitTemplate[] = [
  {
    key: "hcsn-1294",
    unitType: "hcsn",
    from: "2019-08-14",
    guidance: GUIDANCE_1294,
    verified: true,
    criteria: HCSN_1294,
  },
  {
    key: "enterprise-1294",
    unitType: "enterprise",
    from: "2019-08-14",
    guidance: GUIDANCE_1294,
    verified: false,
    criteria: ENTERPRISE_DEFAULT,
  },
];

/** The template of a unit type in force on a date ("yyyy-MM-dd"): the latest one from on or before it. */
export function unitTemplateFor(unitType: UnitType, onIso: string): UnitTemplate {
  const of = UNIT_TEMPLATES.filter((t) => t.unitType === unitType).sort((a, b) =>
    b.from.localeCompare(a.from),
  );
  return of.find((t) => t.from <= onIso) ?? of.at(-1)!;
}

const same = (a: TemplateCriterion[], b: TemplateCriterion[]) =>
  a.length === b.length &&
  a.every(
    (c, i) => c.groupName === b[i].groupName && c.content === b[i].content && c.maxPoints === b[i].maxPoints,
  );

/** The built-in template a year's CĐCS criteria are exactly, if any (else the BCH edited them). */
export function matchUnitTemplate(criteria: TemplateCriterion[]): UnitTemplate | null {
  return UNIT_TEMPLATES.find((t) => same(t.criteria, criteria)) ?? null;
}

/** The hành chính sự nghiệp sheet: the default when the unit type is not set. */
export const DEFAULT_UNIT_CRITERIA: TemplateCriterion[] = HCSN_1294;
