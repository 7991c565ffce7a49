import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

/** The unit's đơn gia nhập, newest first, whatever their outcome (refused and withdrawn ones are kept). */
export async function listApplications(actor: Actor) {
  return db.membershipApplication.findMany({
    where: { unitId: actor.unitId },
    orderBy: [{ appliedOn: "desc" }, { createdAt: "desc" }],
    take: 500,
    include: { admission: { select: { id: true, number: true, decidedOn: true, ceremonyOn: true } } },
  });
}
export type ApplicationRow = Awaited<ReturnType<typeof listApplications>>[number];

/** The unit's quyết định kết nạp, newest first, with the people each names. */
export async function listAdmissions(actor: Actor) {
  return db.admissionDecision.findMany({
    where: { unitId: actor.unitId },
    orderBy: [{ decidedOn: "desc" }, { createdAt: "desc" }],
    take: 100,
    include: {
      applications: {
        orderBy: { fullName: "asc" },
        select: { id: true, fullName: true, status: true, memberId: true },
      },
    },
  });
}

/** One quyết định kết nạp for its paper, with the tổ names. */
export async function getAdmission(actor: Pick<Actor, "unitId">, id: string) {
  const d = await db.admissionDecision.findFirst({
    where: { id, unitId: actor.unitId },
    include: { applications: { orderBy: { fullName: "asc" } } },
  });
  if (!d) return null;
  const groups = await db.group.findMany({
    where: { id: { in: d.applications.map((a) => a.groupId) } },
    select: { id: true, name: true },
  });
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return {
    ...d,
    applications: d.applications.map((a) => ({ ...a, groupName: groupName.get(a.groupId) ?? "" })),
  };
}
export type Admission = NonNullable<Awaited<ReturnType<typeof getAdmission>>>;
