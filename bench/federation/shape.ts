// The shape of the federation bench (issue 18, item 7): one LĐLĐ tỉnh → one công đoàn cấp trên
// trực tiếp cơ sở → 2,000 CĐCS holding 300,000 members with a realistic skew, and the ids the
// seed leaves for the cases (bench/federation/ids.json, like the single bench's ids file).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const FED_UNITS = 2_000;
export const FED_MEMBERS = 300_000;
/** Members per tổ (a CĐCS of 20 has one tổ, one of 5,000 has 200). */
export const TO_SIZE = 25;
export const FED_YEARS = [2022, 2023, 2024, 2025, 2026] as const;
export const OPEN_YEAR = 2026;
export const FED_PASSWORD = "Bench@2026";
export const LDLD_ID = "fed-ldld";
export const UPPER_ID = "fed-upper";
export const unitId = (k: number) => `fu${String(k).padStart(4, "0")}`;

/**
 * CĐCS sizes: 10 large enterprises of 2,500–5,500, 190 of 200–1,000, and 1,800 of 20–200 (most of
 * them schools, clinics, small firms), scaled so that the total is exactly FED_MEMBERS.
 */
export function unitSizes(): number[] {
  const big = Array.from({ length: 10 }, (_, i) => 2_500 + ((i * 3_331) % 3_001));
  const mid = Array.from({ length: 190 }, (_, i) => 200 + ((i * 7_919) % 801));
  const smallRaw = Array.from({ length: FED_UNITS - 200 }, (_, i) => 20 + ((i * 104_729) % 181));
  const rest = FED_MEMBERS - big.reduce((a, b) => a + b, 0) - mid.reduce((a, b) => a + b, 0);
  const rawSum = smallRaw.reduce((a, b) => a + b, 0);
  const small = smallRaw.map((s) => Math.max(20, Math.min(200, Math.round((s * rest) / rawSum))));
  // Put the rounding difference on small units that can take it, one member at a time.
  let diff = rest - small.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % small.length) {
    const step = Math.sign(diff);
    if (small[i] + step >= 20 && small[i] + step <= 200) {
      small[i] += step;
      diff -= step;
    }
  }
  // Interleave so that unit numbers do not sort by size: every 10th unit is mid, unit 100·k big.
  const out: number[] = [];
  let b = 0;
  let m = 0;
  let s = 0;
  for (let k = 1; k <= FED_UNITS; k++) {
    if (k % 200 === 100 && b < big.length) out.push(big[b++]);
    else if (k % 10 === 5 && m < mid.length) out.push(mid[m++]);
    else out.push(s < small.length ? small[s++] : mid[m++]);
  }
  return out;
}

export type FedAccount = { email: string; unitId: string; members: number };
export type FedIds = {
  upperEmail: string;
  /** The 20 CĐCS with a chủ tịch account, largest first. */
  chairs: FedAccount[];
  /** A CĐCS's member and tổ ids for the detail cases, keyed by unit id. */
  sample: Record<string, { memberId: string; groupId: string }>;
  submissions: boolean;
};

export const FED_IDS_FILE = join(process.cwd(), "bench/.data/federation-ids.json");

export function writeFedIds(ids: FedIds) {
  mkdirSync(dirname(FED_IDS_FILE), { recursive: true });
  writeFileSync(FED_IDS_FILE, JSON.stringify(ids, null, 2));
}

export function readFedIds(): FedIds {
  if (!existsSync(FED_IDS_FILE))
    throw new Error("Chưa có dữ liệu benchmark liên đoàn: chạy `npm run bench:seed:federation` trước.");
  return JSON.parse(readFileSync(FED_IDS_FILE, "utf8")) as FedIds;
}
