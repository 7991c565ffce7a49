// UBKT inspections for tests: one in a given state, with a finding and a recommendation in a given
// state when asked. Dates are worked out from the suite's day, never the real clock.
import type { PrismaClient } from "../../lib/generated/prisma/client";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export type InspectionFixture = {
  unitId: string;
  leaderMemberId: string;
  year: number;
  status?: "PLANNED" | "IN_PROGRESS" | "CONCLUDED" | "CLOSED" | "WITHDRAWN";
  /** yyyy-mm-dd: the day it started (in progress and after). */
  startedOn?: string;
  title?: string;
  finding?: boolean;
  recommendation?: "OPEN" | "ANSWERED" | "ACCEPTED" | "WITHDRAWN";
};

export async function makeInspection(db: PrismaClient, f: InspectionFixture) {
  const status = f.status ?? "PLANNED";
  const started = status !== "PLANNED";
  const concluded = ["CONCLUDED", "CLOSED"].includes(status);
  const inspection = await db.inspection.create({
    data: {
      unitId: f.unitId,
      year: f.year,
      subject: "WELFARE",
      title: f.title ?? `Kiểm tra chi thăm hỏi năm ${f.year - 1}`,
      inspectedParty: "Ban Chấp hành Công đoàn cơ sở",
      periodFrom: day(`${f.year - 1}-01-01`),
      periodTo: day(`${f.year - 1}-12-31`),
      status,
      startedOn: started ? day(f.startedOn ?? `${f.year}-01-05`) : null,
      concludedOn: concluded ? day(f.startedOn ?? `${f.year}-01-05`) : null,
      conclusion: concluded ? "Chi đúng đối tượng, còn thiếu chứng từ một khoản." : null,
      inspectedRepName: concluded ? "Trần Thị Thu Hà" : null,
      inspectedRepTitle: concluded ? "Chủ tịch CĐCS" : null,
      team: { create: [{ memberId: f.leaderMemberId, isLeader: true }] },
    },
  });
  const finding =
    f.finding || f.recommendation
      ? await db.inspectionFinding.create({
          data: {
            inspectionId: inspection.id,
            text: "Thiếu chứng từ một khoản chi.",
            severity: "SHORTCOMING",
          },
        })
      : null;
  const recommendation = f.recommendation
    ? await db.inspectionRecommendation.create({
        data: {
          inspectionId: inspection.id,
          findingId: finding!.id,
          text: "Bổ sung chứng từ cho khoản chi.",
          responsible: "Ban Chấp hành CĐCS",
          dueOn: day(`${f.year}-12-31`),
          status: f.recommendation,
          ...(f.recommendation === "ANSWERED" || f.recommendation === "ACCEPTED"
            ? {
                responses: {
                  create: {
                    text: "Đã bổ sung chứng từ.",
                    doneOn: day(f.startedOn ?? `${f.year}-01-05`),
                    respondedByName: "Trần Thị Thu Hà",
                    accepted: f.recommendation === "ACCEPTED" ? true : null,
                  },
                },
              }
            : {}),
        },
      })
    : null;
  return { inspection, finding, recommendation };
}

export const makePlanItem = (db: PrismaClient, unitId: string, year: number) =>
  db.inspectionPlanItem.create({
    data: {
      unitId,
      year,
      subject: "FINANCE",
      content: `Thu, chi tài chính công đoàn năm ${year - 1}`,
      periodLabel: `Năm ${year - 1}`,
      plannedMonth: 3,
      team: "Chủ nhiệm UBKT (trưởng đoàn)",
    },
  });
