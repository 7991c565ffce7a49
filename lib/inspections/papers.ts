import "server-only";
// The UBKT's three papers, each from one data function that feeds the print page, the PDF and the
// DOCX alike (decision 0055).
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { planPaper } from "./plan-paper";
import { findInspectionDetails, findPlan, getInspection, ubktPaperUnit } from "./queries";
import { recordPaper } from "./record-paper";
import { reportPaper } from "./report-paper";
import { findUbktMembers } from "./ubkt-members";

const chairOf = (members: Awaited<ReturnType<typeof findUbktMembers>>) =>
  members.find((m) => m.title === "Chủ nhiệm UBKT")?.fullName ?? "";

export async function getRecordPaper(actor: Actor, id: string) {
  const [unit, i, ubkt] = await Promise.all([
    ubktPaperUnit(actor),
    getInspection(actor, id),
    findUbktMembers(actor.unitId),
  ]);
  return { inspection: i, paper: recordPaper(unit, i, new Map(ubkt.map((m) => [m.id, m.title]))) };
}

export async function getPlanPaper(actor: Actor, year: number) {
  const [unit, items, ubkt] = await Promise.all([
    ubktPaperUnit(actor),
    findPlan(actor, year),
    findUbktMembers(actor.unitId),
  ]);
  return planPaper(unit, year, items, chairOf(ubkt));
}

export async function getReportPaper(actor: Actor, year: number) {
  const [unit, items, held, ubkt] = await Promise.all([
    ubktPaperUnit(actor),
    findPlan(actor, year),
    findInspectionDetails(actor, year),
    findUbktMembers(actor.unitId),
  ]);
  return reportPaper(unit, year, items, held, chairOf(ubkt), clock.today());
}
