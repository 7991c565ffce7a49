// The statistics report goes up for the period its screen shows (a half-year, a year or a range),
// not always the whole cycle year; a period outside the year named is refused, nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pinMoment } from "@/lib/clock";
import { db } from "@/lib/db";
import { submitPaperAction } from "@/lib/submissions/actions";
import { thawDocs } from "@/lib/submissions/frozen";
import { statisticsPayloadSchema } from "@/lib/submissions/payloads";
import { SUITE_MOMENT } from "../support/today";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { buildWorld, type World } from "./helpers/world";

const YEAR = 2026;
let w: World;

beforeAll(async () => {
  w = await buildWorld();
  pinMoment(SUITE_MOMENT);
});
afterAll(() => pinMoment(null));

const latest = () =>
  db.submission.findFirstOrThrow({
    where: { unitId: w.unit.id, year: YEAR, kind: "STATISTICS" },
    orderBy: { version: "desc" },
    select: { version: true, doc: true, payload: true },
  });

describe("the statistics report is sent for the period on screen", () => {
  it("6 tháng đầu năm 2026: the frozen paper and its payload cover 01/01–30/06/2026", async () => {
    actAs(w.userIdOf("chair"));
    const result = await submitPaperAction({
      kind: "STATISTICS",
      year: YEAR,
      period: { from: `${YEAR}-01-01`, to: `${YEAR}-06-30` },
    });
    expect(result).toMatchObject({ ok: true });
    const row = await latest();
    const payload = statisticsPayloadSchema.parse(row.payload);
    expect(payload.period).toEqual({
      from: `${YEAR}-01-01`,
      to: `${YEAR}-06-30`,
      label: `6 tháng đầu năm ${YEAR}`,
    });
    const [paper] = thawDocs(row.doc);
    expect(paper.subtitle).toBe(`6 tháng đầu năm ${YEAR}`);
  });

  it("a range of the screen's own choosing keeps its dates", async () => {
    actAs(w.userIdOf("chair"));
    const result = await submitPaperAction({
      kind: "STATISTICS",
      year: YEAR,
      period: { from: `${YEAR}-03-01`, to: `${YEAR}-05-31` },
    });
    expect(result).toMatchObject({ ok: true });
    const payload = statisticsPayloadSchema.parse((await latest()).payload);
    expect(payload.period).toEqual({
      from: `${YEAR}-03-01`,
      to: `${YEAR}-05-31`,
      label: `Từ 01/03/${YEAR} đến 31/05/${YEAR}`,
    });
  });

  it("a period that ends outside the year named is refused in words, nothing written", async () => {
    actAs(w.userIdOf("chair"));
    const mark = await lastAuditId();
    const before = await db.submission.count({ where: { unitId: w.unit.id } });
    const result = await submitPaperAction({
      kind: "STATISTICS",
      year: YEAR,
      period: { from: `${YEAR + 1}-01-01`, to: `${YEAR + 1}-06-30` },
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((result as { error: string }).error).toContain(`năm ${YEAR}`);
    expect(await db.submission.count({ where: { unitId: w.unit.id } })).toBe(before);
    expect(await lastAuditId()).toBe(mark);
  });
});
