import "server-only";
// The members of the UBKT today: those a đoàn kiểm tra is made of.
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";

export async function findUbktMembers(unitId: string) {
  const today = clock.today();
  const positions = await db.position.findMany({
    where: {
      office: { in: ["UBKT_CHAIR", "UBKT_MEMBER"] },
      member: { unitId, status: "ACTIVE" },
      startOn: { lte: today },
      OR: [{ endOn: null }, { endOn: { gte: today } }],
    },
    orderBy: [{ office: "asc" }, { member: { fullName: "asc" } }],
    select: { office: true, member: { select: { id: true, fullName: true } } },
  });
  const seen = new Set<string>();
  return positions
    .filter((p) => !seen.has(p.member.id) && seen.add(p.member.id))
    .map((p) => ({
      id: p.member.id,
      fullName: p.member.fullName,
      title: p.office === "UBKT_CHAIR" ? "Chủ nhiệm UBKT" : "Ủy viên UBKT",
    }));
}
