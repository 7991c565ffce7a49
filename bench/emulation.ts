// Self-contained emulation benchmark: `npx tsx bench/emulation.ts`. Starts its own embedded
// PostgreSQL (port 54623, data in /tmp/scd-bench-emul), migrates, generates 60,000 members in
// 1,000 tổ (the first one big) with ten years of registrations and self-assessments in set-based
// SQL, then times the BCH's overview query (counts by tổ × state, 30 runs after 3 warm-ups) and a
// bulk approval of 200 registrations of one tổ (one transaction, createMany audit), printing p50 / p95.
import { performance } from "node:perf_hooks";
import { GROUP_COUNT, groupId, memberId } from "./lib/base-members";
import { benchChair, measure, openBenchUnit, rerunUnderReactServer } from "./lib/standalone";
import { benchYearId, seedEmulationBench } from "./seed/emulation";

rerunUnderReactServer();

const RUNS = 30;

async function main() {
  const t0 = performance.now();
  const { db, pool, unitId, close } = await openBenchUnit("emul", 54623);
  try {
    await pool.query(
      `INSERT INTO "User"(id, "unitId", email, "passwordHash", "updatedAt") VALUES ('bench-chair', $1, 'chair@bench.vn', 'x', now())`,
      [unitId],
    );
    const groupIds = Array.from({ length: GROUP_COUNT }, (_, g) => groupId(g));
    const ids = {
      unitId,
      termId: "",
      groupIds,
      users: { chair: "bench-chair", leader: "", member: "" },
      memberIdOf: { chair: memberId(0), leader: memberId(1), member: memberId(2) },
    };
    await seedEmulationBench(pool, ids);
    // Ten years of rows have long been vacuumed by autovacuum in a real database.
    await pool.query("VACUUM ANALYZE");
    const c = (
      await pool.query(
        `SELECT (SELECT count(*) FROM "Member")::int AS members, (SELECT count(*) FROM "EmulationRegistration")::int AS regs, (SELECT count(*) FROM "EmulationSelfAssessment")::int AS assessments, (SELECT count(*) FROM "Member" WHERE "groupId" = 'bg0000')::int AS big`,
      )
    ).rows[0];
    console.log(
      `Dữ liệu: ${c.members} đoàn viên trong ${GROUP_COUNT} tổ (tổ lớn nhất ${c.big}), ${c.regs} bản đăng ký, ${c.assessments} phiếu tự đánh giá (10 năm), tạo trong ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
    );

    process.env.DATABASE_URL = db.url;
    const { getRegistrationOverview } = await import("../lib/emulation/queries/overview");
    const { decideRegistrations } = await import("../lib/emulation/registrations/decide-registrations");
    const actor = await benchChair(unitId);
    const yearId = benchYearId(2026);
    const rows = await getRegistrationOverview(actor, yearId);
    console.log(
      `Tổng hợp 2026: ${rows.length} tổ, ${rows.reduce((s, r) => s + r.missing, 0)} đoàn viên chưa đăng ký, ${rows.reduce((s, r) => s + r.counts.FORWARDED, 0)} chờ BCH.`,
    );
    const reset = () =>
      pool.query(
        `UPDATE "EmulationRegistration" r SET state = 'FORWARDED', "decidedAt" = NULL, "decidedById" = NULL FROM (SELECT id FROM "Member" WHERE "groupId" = 'bg0000' AND status = 'ACTIVE' ORDER BY id LIMIT 200) m WHERE r."yearId" = $1 AND r."memberId" = m.id`,
        [yearId],
      );
    let approved = 0;
    const _measured = [
      await measure("Tổng hợp đăng ký theo tổ × trạng thái (60.000 ĐV)", 150, RUNS, () =>
        getRegistrationOverview(actor, yearId),
      ),
      await measure(
        "Duyệt hàng loạt một tổ (200 bản, 1 giao dịch)",
        1000,
        10,
        async () => {
          approved = (
            await decideRegistrations(actor, {
              yearId,
              groupId: "bg0000",
              registrationIds: [],
              decision: "APPROVE",
              reason: "",
            })
          ).count;
        },
        reset,
      ),
    ];
    const audit = (
      await pool.query(
        `SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'emulation.registration.approve'`,
      )
    ).rows[0].n;
    console.log(`Mỗi lần duyệt: ${approved} bản đăng ký; ${audit} dòng nhật ký (một dòng mỗi bản, mỗi lần).`);
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
