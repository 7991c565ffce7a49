// The 60,000 members of the bench unit, generated in memory and written with one
// INSERT … SELECT FROM unnest(…) per chunk: set-based, no row-by-row inserts.
import type { Pool } from "pg";
import { toSearchText, toSortName } from "../../lib/format";
import { pick, rng, vietnameseName } from "../../tests/factories/names";

export const MEMBER_COUNT = 60_000;
export const GROUP_COUNT = 1_000;
export const BIG_GROUP_SIZE = 240;

const JOBS = [
  "Công nhân may",
  "Công nhân cắt",
  "Kỹ thuật viên",
  "Tổ trưởng chuyền",
  "Nhân viên kho",
  "Nhân viên QC",
  "Thợ bảo trì",
  "Nhân viên văn phòng",
];
const DEPTS = [
  "Xưởng May 1",
  "Xưởng May 2",
  "Xưởng Cắt",
  "Xưởng Hoàn thiện",
  "Kho vận",
  "Phòng Chất lượng",
  "Phòng Kỹ thuật",
  "Văn phòng",
];
const CONTRACTS = ["Không xác định thời hạn", "Xác định thời hạn 36 tháng", "Xác định thời hạn 12 tháng"];

export const memberId = (i: number) => `bm${String(i).padStart(6, "0")}`;
export const groupId = (g: number) => `bg${String(g).padStart(4, "0")}`;

/** Tổ sizes between about 20 and 100, the first one 240, summing to MEMBER_COUNT. */
export function groupSizes(): number[] {
  const raw = Array.from({ length: GROUP_COUNT }, (_, g) => (g === 0 ? 0 : 20 + ((g * 37) % 81)));
  const rest = MEMBER_COUNT - BIG_GROUP_SIZE;
  const sum = raw.reduce((a, b) => a + b, 0);
  const sizes = raw.map((s) => Math.floor((s * rest) / sum));
  sizes[0] = BIG_GROUP_SIZE;
  sizes[1] += MEMBER_COUNT - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Writes every member; returns the index of the first member of each tổ. */
export async function insertMembers(pool: Pool, unitId: string): Promise<number[]> {
  const r = rng(20260101);
  const sizes = groupSizes();
  const firstOf: number[] = [];
  const groupOf: number[] = [];
  sizes.forEach((size, g) => {
    firstOf.push(groupOf.length);
    for (let k = 0; k < size; k++) groupOf.push(g);
  });
  const start = new Date("2016-01-04T00:00:00Z");
  const span = 3_950; // about ten years and ten months of admissions
  const CHUNK = 15_000;
  for (let from = 0; from < MEMBER_COUNT; from += CHUNK) {
    const cols: (string | number | boolean | null)[][] = Array.from({ length: 20 }, () => []);
    for (let i = from; i < Math.min(MEMBER_COUNT, from + CHUNK); i++) {
      const g = groupOf[i];
      const officer = i - firstOf[g] < 4; // the first four of a tổ (officers, bench accounts) stay active
      const gender = r() < 0.62 ? "FEMALE" : "MALE";
      const fullName = vietnameseName(r, gender);
      const dob = new Date(
        Date.UTC(1966 + Math.floor(r() * 40), Math.floor(r() * 12), 1 + Math.floor(r() * 28)),
      );
      let joined = addDays(start, Math.floor(r() * span));
      if (joined.getTime() < dob.getTime() + 18 * 365 * 86_400_000)
        joined = new Date(dob.getTime() + 18.5 * 365 * 86_400_000);
      const s = r();
      const status = officer
        ? "ACTIVE"
        : s < 0.88
          ? "ACTIVE"
          : s < 0.91
            ? "SUSPENDED"
            : s < 0.95
              ? "LEFT"
              : s < 0.97
                ? "TRANSFERRED_OUT"
                : s < 0.995
                  ? "RETIRED"
                  : "EXPELLED";
      const party = r() < 0.06;
      const values = [
        memberId(i),
        unitId,
        fullName,
        toSearchText(fullName),
        toSortName(fullName),
        gender,
        day(dob),
        r() < 0.7 ? `0${String(900_000_000 + i * 7).slice(0, 9)}` : null,
        pick(r, JOBS),
        pick(r, DEPTS),
        pick(r, CONTRACTS),
        party,
        party ? day(addDays(joined, 400)) : null,
        r() < 0.95 ? `79${String(10_000_000 + i).padStart(8, "0")}` : null,
        day(joined),
        4_000_000 + Math.floor(r() * 80) * 100_000,
        groupId(g),
        status,
        r() < 0.6 ? "Kinh" : pick(r, ["Kinh", "Tày", "Hoa", "Khmer", "Mường"]),
        null,
      ];
      values.forEach((v, c) => cols[c].push(v));
    }
    await pool.query(
      `INSERT INTO "Member" (id, "unitId", "fullName", "searchName", "sortName", gender, "dateOfBirth", phone, "jobTitle", department,
         "contractType", "isPartyMember", "partyJoinedOn", "cardNumber", "joinedUnionOn", "insuranceSalary", "groupId", status, ethnicity, note, "updatedAt")
       SELECT id, unit, name, search, sort, gender::"Gender", dob::date, phone, job, dept, contract, party, party_on::date, card, joined::date,
         salary, grp, status::"MemberStatus", eth, note, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
         $11::text[], $12::bool[], $13::text[], $14::text[], $15::text[], $16::int[], $17::text[], $18::text[], $19::text[], $20::text[])
         AS t(id, unit, name, search, sort, gender, dob, phone, job, dept, contract, party, party_on, card, joined, salary, grp, status, eth, note)`,
      cols,
    );
  }
  return firstOf;
}
