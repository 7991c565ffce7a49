// Submissions of the federation bench (~3 per CĐCS) when the Submission model of issue 18 item 3
// is in the schema; otherwise nothing, and the seed says so. Per CĐCS: its 2025 self-rating and
// báo cáo tổng kết, accepted; in 2026 seven in ten have sent their self-rating (one in ten of those
// was returned with a comment and sent again as version 2) and three in ten their báo cáo.
// Each carries a frozen paper (a ReportDoc of about 2 KB) and a payload of its kind's shape
// (lib/submissions/payloads.ts). Signed by the CĐCS's chủ tịch account ('fed-user-' || unit id).
import type { Pool } from "pg";
import { h } from "./history";

const DOC = (title: string) => `jsonb_build_object(
  'unit', jsonb_build_object('name', u.name, 'parentName', 'Liên đoàn Lao động thành phố Biên Hòa', 'placeName', u."placeName"),
  'date', make_date(s.year, 12, 10)::text, 'title', ${title},
  'blocks', jsonb_build_array(
    jsonb_build_object('kind', 'heading', 'text', 'I. Kết quả thực hiện nhiệm vụ'),
    jsonb_build_object('kind', 'paragraph', 'text', repeat('Công đoàn cơ sở đã tổ chức thực hiện các nhiệm vụ trọng tâm của năm. ', 12)),
    jsonb_build_object('kind', 'heading', 'text', 'II. Phương hướng năm tới'),
    jsonb_build_object('kind', 'paragraph', 'text', repeat('Tiếp tục chăm lo đời sống đoàn viên, người lao động. ', 8))))`;

const SELF_RATING = `jsonb_build_object('templateId', 'fry' || substr(u.id, 3)::int || '-' || s.year,
  'criteria', (SELECT jsonb_agg(jsonb_build_object('criterionId', 'c' || c, 'code', c::text, 'title', 'Tiêu chí ' || c, 'maxScore', 20,
    'selfScore', 14 + (c + s.k) % 7)) FROM generate_series(1, 5) c),
  'selfTotal', 85, 'selfLevel', 'Hoàn thành tốt nhiệm vụ')`;

const ANNUAL_REPORT = `jsonb_build_object('label', 'Năm ' || s.year,
  'members', jsonb_build_object('total', f.size, 'female', f.size / 2, 'groups', f.groups),
  'meetings', jsonb_build_object('held', 10, 'planned', 12), 'welfare', jsonb_build_object('visits', f.size / 5, 'amount', f.size::bigint * 80000),
  'ratingLevels', NULL, 'unitLevel', 'Hoàn thành tốt nhiệm vụ', 'awards', jsonb_build_object('proposed', 3, 'awarded', 2),
  'dues', jsonb_build_object('collected', f.size::bigint * 600000, 'upperShare', f.size::bigint * 240000, 'remitted', f.size::bigint * 240000), 'final', true)`;

export async function seedSubmissions(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query(`SELECT to_regclass('"Submission"') IS NOT NULL AS present`);
  if (!rows[0].present) {
    console.log(`    (chưa có bảng "Submission" trong schema: bỏ qua hồ sơ gửi cấp trên)`);
    return false;
  }
  await pool.query(`DELETE FROM "Submission" WHERE id LIKE 'fs%'`);
  await pool.query(`
    WITH plan AS (
      SELECT f.k, f.id AS unit, y.year, y.kind, y.version, y.state FROM fed_unit f
      CROSS JOIN LATERAL (VALUES
        (2025, 'SELF_RATING', 1, 'ACCEPTED', true),
        (2025, 'ANNUAL_REPORT', 1, 'ACCEPTED', true),
        (2026, 'SELF_RATING', 1, CASE WHEN ${h(`f.id || 'ret'`)} < 0.1 THEN 'RETURNED' ELSE 'SUBMITTED' END, ${h(`f.id || 'sr'`)} < 0.7),
        (2026, 'SELF_RATING', 2, 'SUBMITTED', ${h(`f.id || 'sr'`)} < 0.7 AND ${h(`f.id || 'ret'`)} < 0.1),
        (2026, 'ANNUAL_REPORT', 1, 'SUBMITTED', ${h(`f.id || 'ar'`)} < 0.3)
      ) AS y(year, kind, version, state, sent)
      WHERE y.sent
    )
    INSERT INTO "Submission"(id, "unitId", year, kind, version, state, doc, payload, comment, "submittedById", "submittedAt", "decidedById", "decidedAt")
    SELECT 'fs' || s.k || '-' || s.year || '-' || s.kind || '-' || s.version, s.unit, s.year, s.kind::"SubmissionKind", s.version,
      s.state::"SubmissionState",
      ${DOC(`CASE s.kind WHEN 'SELF_RATING' THEN 'BẢNG TỰ CHẤM ĐIỂM' ELSE 'BÁO CÁO TỔNG KẾT' END || ' NĂM ' || s.year`)},
      CASE s.kind WHEN 'SELF_RATING' THEN ${SELF_RATING} ELSE ${ANNUAL_REPORT} END,
      CASE s.state WHEN 'RETURNED' THEN 'Đề nghị bổ sung minh chứng tiêu chí 3.' END,
      'fed-user-' || s.unit, make_timestamptz(s.year, CASE WHEN s.year = 2026 THEN 11 ELSE 12 END, 10 + s.k % 15, 9, 0, 0, 'Asia/Ho_Chi_Minh') + (s.version - 1) * interval '5 days',
      CASE WHEN s.state IN ('ACCEPTED', 'RETURNED') THEN 'fed-user-upper' END,
      CASE WHEN s.state IN ('ACCEPTED', 'RETURNED') THEN make_timestamptz(s.year, CASE WHEN s.year = 2026 THEN 11 ELSE 12 END, 26, 9, 0, 0, 'Asia/Ho_Chi_Minh') END
    FROM plan s JOIN fed_unit f ON f.k = s.k JOIN "Unit" u ON u.id = s.unit`);
  return true;
}
