// The roll-up's hand-built world (decision 0088): cấp trên A with CĐCS X and Y, cấp trên B with
// CĐCS Z, and in YEAR a few members, movements, ratings, titles, welfare visits and đoàn phí in
// each, every figure chosen so the expected tables can be worked out by hand (org-rollup.test.ts).
import { db } from "@/lib/db";
import {
  award,
  categories,
  cdcs,
  LEVELS,
  pay,
  person,
  type Person,
  rate,
  ratingYear,
  remit,
  tag,
  titles,
  unitLevel,
  upper,
  upperUser,
  visit,
  YEAR,
} from "./rollup-records";
import { makePosition, makeTerm, makeUser } from "../../factories/records";

export { LEVELS, WELFARE_NOTE, YEAR } from "./rollup-records";

export async function buildRollupWorld() {
  const a = await upper("Công đoàn Giáo dục A");
  const b = await upper("Công đoàn Giáo dục B");
  // Names sort X before Y ("Alpha" < "Beta").
  const x = await cdcs(a.id, "CĐCS Alpha", ["X1", "X2"]);
  const y = await cdcs(a.id, "CĐCS Beta", ["Y1"]);
  const z = await cdcs(b.id, "CĐCS Gamma", ["Z1"]);
  const Y = YEAR;

  // X: closing 5 (x1 x2 x3 x4 x7), nữ 2 (x1 x3), đảng viên 1 (x1); kết nạp 1 (x3), chuyển đến 1 (x4),
  // chuyển đi 1 (x5), ra khỏi tổ chức 1 (x6 nghỉ hưu); x7's change of tổ is not a movement of the unit.
  const X = (p: Person, n: string) => person(x.unit.id, x.groups, p, n);
  const x1 = await X(
    { gender: "FEMALE", party: true, spells: [{ group: "X1", from: "2015-09-01" }], events: [] },
    "Xa Một",
  );
  const x2 = await X({ gender: "MALE", spells: [{ group: "X1", from: "2015-09-01" }], events: [] }, "Xa Hai");
  const x3 = await X(
    {
      gender: "FEMALE",
      spells: [{ group: "X2", from: `${Y}-03-01` }],
      events: [{ type: "ADMITTED", on: `${Y}-03-01`, to: "X2" }],
    },
    "Xa Ba",
  );
  const x4 = await X(
    {
      gender: "MALE",
      spells: [{ group: "X2", from: `${Y}-05-01` }],
      events: [{ type: "TRANSFERRED_IN", on: `${Y}-05-01`, to: "X2" }],
    },
    "Xa Bốn",
  );
  await X(
    {
      gender: "FEMALE",
      status: "TRANSFERRED_OUT",
      spells: [{ group: "X1", from: "2015-09-01", to: `${Y}-06-30` }],
      events: [{ type: "TRANSFERRED_OUT", on: `${Y}-06-30`, from: "X1" }],
    },
    "Xa Năm",
  );
  await X(
    {
      gender: "MALE",
      party: true,
      status: "RETIRED",
      spells: [{ group: "X1", from: "2015-09-01", to: `${Y}-09-01` }],
      events: [{ type: "RETIRED", on: `${Y}-09-01`, from: "X1" }],
    },
    "Xa Sáu",
  );
  await X(
    {
      gender: "MALE",
      spells: [
        { group: "X1", from: "2015-09-01", to: `${Y}-04-01` },
        { group: "X2", from: `${Y}-04-01` },
      ],
      events: [{ type: "GROUP_CHANGED", on: `${Y}-04-01`, from: "X1", to: "X2" }],
    },
    "Xa Bảy",
  );
  // Y: closing 2 (y1 y2, both nữ), ra khỏi tổ chức 2 (y3 thôi sinh hoạt, y4 khai trừ).
  const Yp = (p: Person, n: string) => person(y.unit.id, y.groups, p, n);
  const y1 = await Yp(
    { gender: "FEMALE", spells: [{ group: "Y1", from: "2015-09-01" }], events: [] },
    "Yên Một",
  );
  const y2 = await Yp(
    { gender: "FEMALE", spells: [{ group: "Y1", from: "2015-09-01" }], events: [] },
    "Yên Hai",
  );
  for (const [type, on, status] of [
    ["LEFT", `${Y}-02-01`, "LEFT"],
    ["EXPELLED", `${Y}-11-01`, "EXPELLED"],
  ] as const)
    await Yp(
      {
        gender: "MALE",
        status,
        spells: [{ group: "Y1", from: "2015-09-01", to: on }],
        events: [{ type, on, from: "Y1" }],
      },
      `Yên ${type}`,
    );
  // Z (the other cấp trên's): large figures, so any leak would show in the totals.
  const zs = [];
  for (let i = 0; i < 3; i++)
    zs.push(
      await person(
        z.unit.id,
        z.groups,
        {
          gender: "FEMALE",
          party: true,
          spells: [{ group: "Z1", from: "2015-09-01" }],
          events: [{ type: "ADMITTED", on: `${Y}-02-02`, to: "Z1" }],
        },
        `Gamma Bí Mật ${i}`,
      ),
    );

  // Ratings. X: x1 top, x2 x3 second, x4 not yet; CĐCS self top, appraised second.
  // Y: y1 top, y2 third; self second, not appraised. Z: all top; self and appraised top.
  const [rx, ryy, rz] = [
    await ratingYear(x.unit.id),
    await ratingYear(y.unit.id),
    await ratingYear(z.unit.id),
  ];
  for (const [m, l] of [
    [x1, 0],
    [x2, 1],
    [x3, 1],
    [x4, null],
  ] as const)
    await rate(rx, m, l === null ? null : LEVELS[l]);
  await rate(ryy, y1, LEVELS[0]);
  await rate(ryy, y2, LEVELS[2]);
  for (const m of zs) await rate(rz, m, LEVELS[0]);
  await unitLevel(rx.id, LEVELS[0], LEVELS[1]);
  await unitLevel(ryy.id, LEVELS[1], null);
  await unitLevel(rz.id, LEVELS[0], LEVELS[0]);

  // Titles. X: LĐTT x1 x2, CSTĐ x1, x3 proposed for the cấp trên's Giấy khen. Y: LĐTT y1 (y2 not achieved). Z: LĐTT ×3.
  const [tx, ty, tz] = [await titles(x.unit.id), await titles(y.unit.id), await titles(z.unit.id)];
  await award(rx, x1.id, tx.lđtt.id, "ACHIEVED");
  await award(rx, x1.id, tx.cstđ.id, "ACHIEVED");
  await award(rx, x2.id, tx.lđtt.id, "ACHIEVED");
  await award(rx, x3.id, tx.lđtt.id, "PROPOSED_HIGHER", tx.giayKhen.id);
  await award(ryy, y1.id, ty.lđtt.id, "ACHIEVED");
  await award(ryy, y2.id, ty.lđtt.id, "NOT_ACHIEVED");
  for (const m of zs) await award(rz, m.id, tz.lđtt.id, "ACHIEVED");

  // Welfare (DONE, event in YEAR). X: Ốm đau 3 × 500.000, Hiếu 1 × 2.000.000 (withheld), plus a
  // cancelled visit and one of the year before (neither counts). Y: Ốm đau 1 × 300.000 (withheld),
  // Hỉ 4 × 200.000. Z: Ốm đau 5 × 1.000.000.
  const cx = await categories(x.unit.id, [
    ["Ốm đau", 1],
    ["Hiếu", 2],
  ]);
  const cy = await categories(y.unit.id, [
    ["Ốm đau", 1],
    ["Hỉ", 3],
  ]);
  const cz = await categories(z.unit.id, [["Ốm đau", 1]]);
  for (const on of ["02-01", "05-01", "12-31"])
    await visit(x.unit.id, x1.id, cx["Ốm đau"], `${Y}-${on}`, 500_000);
  await visit(x.unit.id, x2.id, cx["Hiếu"], `${Y}-07-07`, 2_000_000);
  await visit(x.unit.id, x2.id, cx["Ốm đau"], `${Y}-08-08`, 500_000, "CANCELLED");
  await visit(x.unit.id, x2.id, cx["Ốm đau"], `${Y - 1}-12-31`, 500_000);
  await visit(y.unit.id, y1.id, cy["Ốm đau"], `${Y}-03-03`, 300_000);
  for (let i = 0; i < 4; i++) await visit(y.unit.id, y2.id, cy["Hỉ"], `${Y}-0${i + 1}-15`, 200_000);
  for (let i = 0; i < 5; i++) await visit(z.unit.id, zs[0].id, cz["Ốm đau"], `${Y}-0${i + 1}-20`, 1_000_000);

  // Đoàn phí. X: January 60.000, February 60.000 reversed, December of the year before 40.000 (not
  // counted); remitted 18.000 for Jan–Jun (and 25.000 for a span of the year before). Y: March
  // 100.000, nothing remitted. Z: 999.000 collected, 77.000 remitted.
  await pay(x.unit.id, x1, `${Y}-01-01`, 60_000);
  const feb = await pay(x.unit.id, x1, `${Y}-02-01`, 60_000);
  await pay(x.unit.id, x1, `${Y}-02-01`, -60_000, feb.id);
  await pay(x.unit.id, x1, `${Y - 1}-12-01`, 40_000);
  await remit(x.unit.id, `${Y}-01-01`, `${Y}-06-01`, 18_000);
  await remit(x.unit.id, `${Y - 1}-07-01`, `${Y - 1}-12-01`, 25_000);
  await pay(y.unit.id, y1, `${Y}-03-01`, 100_000);
  await pay(z.unit.id, zs[0], `${Y}-01-01`, 999_000);
  await remit(z.unit.id, `${Y}-01-01`, `${Y}-12-01`, 77_000);

  // Accounts: A's chủ tịch and UBKT, B's chủ tịch, X's chủ tịch and a plain member of X.
  const term = await makeTerm(db, x.unit.id, "Nhiệm kỳ 2023–2028", "2023-10-01", "2028-09-30");
  await makePosition(db, { termId: term.id, memberId: x1.id, office: "CHAIR", startOn: "2023-10-01" });
  const xChair = await makeUser(db, {
    unitId: x.unit.id,
    email: `x-chair-${tag()}@test.vn`,
    password: "Test@2026",
    memberId: x1.id,
  });
  const xMember = await makeUser(db, {
    unitId: x.unit.id,
    email: `x-member-${tag()}@test.vn`,
    password: "Test@2026",
    memberId: x2.id,
  });
  return {
    a,
    b,
    x,
    y,
    z,
    users: {
      aChair: await upperUser(a.id, "CHAIR"),
      aUbkt: await upperUser(a.id, "UBKT"),
      bChair: await upperUser(b.id, "CHAIR"),
      xChair,
      xMember,
    },
  };
}
export type RollupWorld = Awaited<ReturnType<typeof buildRollupWorld>>;
