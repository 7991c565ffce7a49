// The rows a deployment starts from, written through any Prisma client (or transaction): a unit, a tổ,
// a term, an office and a sign-in account. Used by `npm run user:create` and by the test factories
// (tests/factories/records.ts), which add their defaults on top. Only model delegates, no Next.
import { hash } from "@node-rs/argon2";
import type { PositionRole, PrismaClient } from "../../lib/generated/prisma/client";

type Db = PrismaClient;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export function createUnitRecord(db: Db, data: { name: string; parentName: string; placeName: string }) {
  return db.unit.create({ data });
}

export function createGroupRecord(db: Db, unitId: string, name: string) {
  return db.group.create({ data: { unitId, name } });
}

/** Dates as "yyyy-MM-dd". */
export function createTermRecord(db: Db, unitId: string, name: string, startOn: string, endOn: string) {
  return db.term.create({ data: { unitId, name, startOn: day(startOn), endOn: day(endOn) } });
}

export function createPositionRecord(
  db: Db,
  p: {
    termId: string;
    memberId: string;
    office: PositionRole;
    groupId?: string;
    startOn: string;
    endOn?: string;
  },
) {
  return db.position.create({
    data: {
      termId: p.termId,
      memberId: p.memberId,
      office: p.office,
      groupId: p.groupId,
      startOn: day(p.startOn),
      endOn: p.endOn ? day(p.endOn) : null,
    },
  });
}

/** The password is hashed as the app hashes it (argon2id, the library's defaults). */
export async function createUserRecord(
  db: Db,
  u: {
    unitId: string;
    email: string;
    password: string;
    memberId?: string;
    isSystemAdmin?: boolean;
    isActive?: boolean;
  },
) {
  return db.user.create({
    data: {
      unitId: u.unitId,
      email: u.email.toLowerCase(),
      passwordHash: await hash(u.password),
      memberId: u.memberId,
      isSystemAdmin: u.isSystemAdmin ?? false,
      isActive: u.isActive ?? true,
    },
  });
}
