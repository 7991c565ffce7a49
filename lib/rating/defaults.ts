// Default templates of the rating year, editable per year (lib/rating/collectives).
// The CĐCS template follows the three criteria groups of Hướng dẫn 1294/HD-TLĐ; the points are
// the unit's default and the cấp trên's own sheet should replace them where it differs.
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

const G1 = "1. Đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động";
const G2 = "2. Xây dựng tổ chức công đoàn";
const G3 = "3. Tuyên truyền và các hoạt động khác";

export const DEFAULT_UNIT_CRITERIA: TemplateCriterion[] = [
  {
    groupName: G1,
    content:
      "Tham gia xây dựng, thực hiện quy chế dân chủ cơ sở; tổ chức hội nghị cán bộ, công chức, viên chức / người lao động",
    maxPoints: 15,
  },
  {
    groupName: G1,
    content: "Chăm lo đời sống, thăm hỏi, hỗ trợ đoàn viên, người lao động khó khăn",
    maxPoints: 15,
  },
  {
    groupName: G1,
    content: "Tham gia giám sát thực hiện chế độ, chính sách, an toàn, vệ sinh lao động",
    maxPoints: 10,
  },
  { groupName: G2, content: "Phát triển, quản lý đoàn viên; xây dựng tổ công đoàn vững mạnh", maxPoints: 10 },
  {
    groupName: G2,
    content: "Hoạt động của Ban Chấp hành, Ủy ban kiểm tra; chế độ họp, sinh hoạt định kỳ",
    maxPoints: 10,
  },
  {
    groupName: G2,
    content: "Quản lý tài chính, thu, nộp đoàn phí, kinh phí công đoàn đúng quy định",
    maxPoints: 10,
  },
  {
    groupName: G3,
    content: "Tuyên truyền, phổ biến chủ trương, chính sách, pháp luật, nghị quyết công đoàn",
    maxPoints: 10,
  },
  {
    groupName: G3,
    content: "Tổ chức phong trào thi đua, hoạt động văn hóa, văn nghệ, thể thao",
    maxPoints: 10,
  },
  { groupName: G3, content: "Tham gia xây dựng Đảng, chính quyền, cơ quan, đơn vị vững mạnh", maxPoints: 10 },
];
