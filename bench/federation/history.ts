// The federation's members and five years of their history, one set-based statement per step over
// every CĐCS at once (the staging tables fed_unit and fed_name are made by bench/federation/seed.ts).
// The same shapes as the single-unit generators (bench/lib/base-history.ts, bench/seed/*.ts), with
// ids derived from the member id so that every later step joins by primary key.
import { OPEN_YEAR } from "./shape";
import { DEFAULT_LEVELS } from "../../lib/emulation/levels";

/** A stable pseudo-random number in [0, 1) per text. */
export const h = (expr: string) => `((abs(hashtext(${expr})) % 10000) / 10000.0::float8)`;
const LEFT = `('LEFT', 'TRANSFERRED_OUT', 'RETIRED', 'EXPELLED')`;
const EXIT_ON = `(m."joinedUnionOn" + ((DATE '2026-10-31' - m."joinedUnionOn") * (0.3 + 0.7 * ${h(`m.id || 'x'`)}))::int)`;
const L = DEFAULT_LEVELS.map((l) => `'${l.name.replace(/'/g, "''")}'`);

export const UNIT_STEPS: { name: string; sql: string }[] = [
  {
    name: "CĐCS, nhiệm kỳ, tổ",
    sql: `INSERT INTO "Unit"(id, name, "parentName", "placeName", kind, "parentId", "updatedAt")
      SELECT u.id, 'Công đoàn cơ sở ' || (ARRAY['Trường THCS','Trường Tiểu học','Trường Mầm non','Công ty TNHH','Công ty Cổ phần','Bệnh viện','Trạm Y tế','Ủy ban nhân dân xã'])[1 + u.k % 8]
          || ' ' || (ARRAY['Hòa Bình','Tân Phú','An Phước','Long Thành','Phú Hữu','Bình Minh','Xuân Lộc','Trảng Dài','Tam Phước','Hiệp Hòa'])[1 + (u.k / 8) % 10] || ' ' || u.k,
        'Liên đoàn Lao động thành phố Biên Hòa', (ARRAY['Biên Hòa','Long Thành','Trảng Bom','Nhơn Trạch'])[1 + u.k % 4], 'GRASSROOTS', 'fed-upper', now()
      FROM fed_unit u;
      INSERT INTO "Term"(id, "unitId", name, "startOn", "endOn", "updatedAt")
      SELECT 'ft' || u.k, u.id, 'Nhiệm kỳ 2023–2028', DATE '2023-06-01', DATE '2028-05-31', now() FROM fed_unit u;
      INSERT INTO "Group"(id, "unitId", name, "updatedAt")
      SELECT 'fg' || u.k || '-' || g, u.id, 'Tổ công đoàn ' || (g + 1), now() FROM fed_unit u, generate_series(0, u.groups - 1) g`,
  },
  {
    name: "đoàn viên",
    // Member i of a unit (i = n - first) is in tổ i % groups; i = 0 is the chủ tịch, 1 the phó,
    // 2·groups … 3·groups − 1 the tổ trưởng: those stay active.
    sql: `INSERT INTO "Member"(id, "unitId", "fullName", "searchName", "sortName", gender, "dateOfBirth", phone, "jobTitle", "contractType",
        "isPartyMember", "cardNumber", "joinedUnionOn", "insuranceSalary", "groupId", status, ethnicity, "updatedAt")
      SELECT 'fm' || lpad(n::text, 6, '0'), u.id, nm.fname, nm.search, nm.sort, nm.gender::"Gender", dob, CASE WHEN r1 < 0.7 THEN '09' || lpad(n::text, 8, '0') END,
        (ARRAY['Giáo viên','Công nhân','Kỹ thuật viên','Nhân viên văn phòng','Điều dưỡng','Kế toán'])[1 + n % 6], 'Không xác định thời hạn',
        r1 < 0.06, '75' || lpad(n::text, 8, '0'), greatest(DATE '2012-01-02' + (r2 * 5400)::int, dob + 6600), 4000000 + (n % 80) * 100000,
        'fg' || u.k || '-' || ((n - u.first) % u.groups),
        (CASE WHEN n - u.first < 2 OR (n - u.first >= 2 * u.groups AND n - u.first < 3 * u.groups) OR r3 < 0.86 THEN 'ACTIVE'
          WHEN r3 < 0.89 THEN 'SUSPENDED' WHEN r3 < 0.94 THEN 'LEFT' WHEN r3 < 0.97 THEN 'TRANSFERRED_OUT' WHEN r3 < 0.995 THEN 'RETIRED' ELSE 'EXPELLED' END)::"MemberStatus",
        CASE WHEN r1 < 0.85 THEN 'Kinh' ELSE 'Tày' END, now()
      FROM fed_unit u CROSS JOIN LATERAL generate_series(u.first, u.first + u.size - 1) n
      CROSS JOIN LATERAL (SELECT ${h(`n::text || 'a'`)} AS r1, ${h(`n::text || 'b'`)} AS r2, ${h(`n::text || 'c'`)} AS r3,
        DATE '1966-01-01' + (${h(`n::text || 'd'`)} * 14000)::int AS dob) r
      JOIN fed_name nm ON nm.i = abs(hashtext(n::text || 'n')) % (SELECT count(*) FROM fed_name)`,
  },
  {
    name: "sinh hoạt tổ, biến động",
    sql: `INSERT INTO "GroupMembership"(id, "memberId", "groupId", "startOn", "endOn", "updatedAt")
      SELECT 'gc' || m.id, m.id, m."groupId", m."joinedUnionOn", CASE WHEN m.status IN ${LEFT} THEN ${EXIT_ON} END, now() FROM "Member" m;
      INSERT INTO "MemberEvent"(id, "memberId", type, "effectiveOn", reason, "toGroupId", "fromGroupId", "createdAt", "updatedAt")
      SELECT 'ea' || m.id, m.id, 'ADMITTED', m."joinedUnionOn", NULL, m."groupId", NULL, m."joinedUnionOn"::timestamp + interval '9 hours', now() FROM "Member" m
      UNION ALL
      SELECT 'ex' || m.id, m.id, m.status::text::"MemberEventType", ${EXIT_ON}, CASE m.status WHEN 'LEFT' THEN 'Nghỉ việc' END, NULL, m."groupId",
        ${EXIT_ON}::timestamp + interval '9 hours', now() FROM "Member" m WHERE m.status IN ${LEFT}
      UNION ALL
      SELECT 'es' || m.id, m.id, 'SUSPENDED', ${EXIT_ON}, 'Nghỉ không lương', NULL, NULL, ${EXIT_ON}::timestamp + interval '9 hours', now()
        FROM "Member" m WHERE m.status = 'SUSPENDED'`,
  },
  {
    name: "chức vụ (chủ tịch, phó, tổ trưởng)",
    sql: `INSERT INTO "Position"(id, "termId", "memberId", office, "groupId", "startOn", "decisionRef", "updatedAt")
      SELECT 'fp' || u.k || '-c', 'ft' || u.k, 'fm' || lpad(u.first::text, 6, '0'), 'CHAIR'::"PositionRole", NULL::text, DATE '2023-06-10', 'Nghị quyết Đại hội', now() FROM fed_unit u
      UNION ALL
      SELECT 'fp' || u.k || '-v', 'ft' || u.k, 'fm' || lpad((u.first + 1)::text, 6, '0'), 'VICE_CHAIR', NULL, DATE '2023-06-10', 'Nghị quyết Đại hội', now() FROM fed_unit u
      UNION ALL
      SELECT 'fp' || u.k || '-g' || g, 'ft' || u.k, 'fm' || lpad((u.first + 2 * u.groups + g)::text, 6, '0'), 'GROUP_LEADER', 'fg' || u.k || '-' || g,
        DATE '2023-06-15', 'Biên bản bầu tổ trưởng', now() FROM fed_unit u, generate_series(0, u.groups - 1) g`,
  },
  {
    name: "thăm hỏi (5 loại, ~20 % đoàn viên mỗi năm)",
    sql: `INSERT INTO "WelfareCategory"(id, "unitId", name, kind, "relativeApplies", "sortOrder", "updatedAt")
      SELECT 'fwc' || u.k || '-' || c, u.id, (ARRAY['Ốm đau, nằm viện','Thai sản','Hiếu (thân nhân)','Hỉ (kết hôn)','Khó khăn đột xuất'])[c],
        'PAYMENT', c = 3, c * 10, now() FROM fed_unit u, generate_series(1, 5) c;
      INSERT INTO "WelfareVisit"(id, "unitId", "memberId", "categoryId", "eventOn", "visitedOn", amount, fund, state, "receiptNumber", "updatedAt")
      SELECT 'fwv' || y || '-' || m.id, m."unitId", m.id, 'fwc' || substr(m."unitId", 3)::int || '-' || (1 + abs(hashtext(m.id || y)) % 5), d, d + 2,
        (200 + abs(hashtext(m.id || y || 'a')) % 9 * 100) * 1000, 'UNION_FUND',
        (ARRAY['DONE','DONE','DONE','DONE','APPROVED','PROPOSED','CANCELLED'])[1 + abs(hashtext(m.id || y || 's')) % 7]::"WelfareVisitState", 'PC-' || y || '-' || m.id, now()
      FROM "Member" m, generate_series(2022, 2026) y
      CROSS JOIN LATERAL (SELECT LEAST(make_date(y, 1, 3) + abs(hashtext(m.id || y || 'd')) % 360, DATE '2026-11-30') AS d) dd
      WHERE ${h(`m.id || y`)} < 0.2 AND m."joinedUnionOn" <= dd.d`,
  },
  {
    name: "năm thi đua, đăng ký thi đua (5 năm)",
    sql: `INSERT INTO "EmulationYear"(id, "unitId", year, "registrationDeadline", "assessmentOpensOn", "assessmentClosesOn", status, "updatedAt")
      SELECT 'fey' || u.k || '-' || y, u.id, y, make_date(y, 1, 25), make_date(y, 11, 1), make_date(y, 11, 30),
        CASE WHEN y < ${OPEN_YEAR} THEN 'CLOSED' ELSE 'OPEN' END::"EmulationYearStatus", now() FROM fed_unit u, generate_series(2022, ${OPEN_YEAR}) y;
      INSERT INTO "EmulationRegistration"(id, "yearId", "subjectKey", "memberId", state, "titleIds", "movementIds", "submittedAt", "updatedAt")
      SELECT 'fer' || y || '-' || m.id, 'fey' || substr(m."unitId", 3)::int || '-' || y, 'm:' || m.id, m.id,
        (CASE WHEN y < ${OPEN_YEAR} OR ${h(`m.id || 'r'`)} < 0.7 THEN 'APPROVED' ELSE 'SUBMITTED' END)::"EmulationRegistrationState", '{}', '{}',
        make_timestamptz(y, 1, 20, 9, 0, 0, 'Asia/Ho_Chi_Minh'), now()
      FROM "Member" m, generate_series(2022, ${OPEN_YEAR}) y
      WHERE m."joinedUnionOn" <= make_date(y, 1, 25) AND (m.status NOT IN ${LEFT} OR ${EXIT_ON} > make_date(y, 12, 31))`,
  },
  {
    name: "xếp loại (RatingYear, MemberRating 5 năm)",
    sql: `INSERT INTO "RatingYear"(id, "unitId", year, "emulationYearId", status, "decisionRef", "decidedOn", "finalisedAt", "publishedAt", "updatedAt")
      SELECT 'fry' || u.k || '-' || y, u.id, y, 'fey' || u.k || '-' || y, CASE WHEN y < ${OPEN_YEAR} THEN 'FINALISED' ELSE 'OPEN' END::"RatingYearStatus",
        CASE WHEN y < ${OPEN_YEAR} THEN 'Số: 0' || (1 + y % 9) || '/NQ-CĐCS' END, CASE WHEN y < ${OPEN_YEAR} THEN make_date(y, 12, 5) END,
        CASE WHEN y < ${OPEN_YEAR} THEN make_timestamptz(y, 12, 6, 9, 0, 0, 'Asia/Ho_Chi_Minh') END,
        CASE WHEN y < ${OPEN_YEAR} THEN make_timestamptz(y, 12, 8, 9, 0, 0, 'Asia/Ho_Chi_Minh') END, now()
      FROM fed_unit u, generate_series(2022, ${OPEN_YEAR}) y;
      INSERT INTO "MemberRating"(id, "ratingYearId", "memberId", "groupId", "proposedLevel", "votesFor", "votesAgainst", "finalLevel", "decidedAt", "finalisedAt", "updatedAt")
      SELECT 'fmr' || y || '-' || m.id, 'fry' || substr(m."unitId", 3)::int || '-' || y, m.id, m."groupId", lv, 5, 0,
        CASE WHEN y < ${OPEN_YEAR} THEN lv END, CASE WHEN y < ${OPEN_YEAR} THEN make_timestamptz(y, 12, 5, 16, 0, 0, 'Asia/Ho_Chi_Minh') END,
        CASE WHEN y < ${OPEN_YEAR} THEN make_timestamptz(y, 12, 6, 9, 0, 0, 'Asia/Ho_Chi_Minh') END, now()
      FROM "Member" m, generate_series(2022, ${OPEN_YEAR}) y
      CROSS JOIN LATERAL (SELECT ${h(`m.id || y || 'lv'`)} AS r) rr
      CROSS JOIN LATERAL (SELECT CASE WHEN y = ${OPEN_YEAR} AND r > 0.6 THEN NULL
        ELSE (ARRAY[${L.join(", ")}])[CASE WHEN r < 0.16 THEN 1 WHEN r < 0.74 THEN 2 WHEN r < 0.97 THEN 3 ELSE 4 END] END AS lv) l
      WHERE m."joinedUnionOn" <= make_date(y, 3, 1) AND (m.status NOT IN ${LEFT} OR ${EXIT_ON} > make_date(y, 12, 31))
        AND (y < ${OPEN_YEAR} OR m.status = 'ACTIVE')`,
  },
  {
    name: "thang xếp loại, tiêu chí (mỗi năm thi đua)",
    sql: `INSERT INTO "EmulationLevel"(id, "yearId", position, name, "minPoints", "updatedAt")
      SELECT e.id || '-l' || n, e.id, n, l.name, l.pts, now() FROM "EmulationYear" e,
        unnest(ARRAY[${L.join(", ")}], ARRAY[${DEFAULT_LEVELS.map((l) => l.minPoints).join(", ")}]) WITH ORDINALITY AS l(name, pts, n)
      WHERE e.id LIKE 'fey%' AND NOT EXISTS (SELECT 1 FROM "EmulationLevel" x WHERE x."yearId" = e.id)`,
  },
];
