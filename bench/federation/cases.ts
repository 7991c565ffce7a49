// The federation bench's cases (issue 18, item 7): the cấp trên's pages over its 2,000 CĐCS, and a
// CĐCS's own pages, the same paths in the federation database and in the single-unit bench.
import { OPEN_YEAR, type FedIds } from "./shape";

export type FedCase = {
  name: string;
  /** Who asks: "upper", or a chủ tịch account's e-mail. */
  as: string;
  path: string;
  targetP95Ms: number;
  /** A page another engineer builds (the inbox, the roll-up): 404 means "not yet built". */
  optional?: boolean;
};

const Y = OPEN_YEAR;

export function upperCases(ids: FedIds): FedCase[] {
  const some = ids.chairs[0].unitId;
  const as = "upper";
  return [
    { name: "Cấp trên: /org (trang 1, đếm đoàn viên)", as, path: "/org", targetP95Ms: 300 },
    { name: "Cấp trên: /org tìm CĐCS", as, path: "/org?q=truong+thcs", targetP95Ms: 300 },
    { name: "Cấp trên: /org trang cuối", as, path: "/org?page=100", targetP95Ms: 300 },
    { name: "Cấp trên: /org/[unitId]", as, path: `/org/${some}`, targetP95Ms: 300 },
    {
      name: "Cấp trên: hộp hồ sơ /org/submissions",
      as,
      path: `/org/submissions?year=${Y}`,
      targetP95Ms: 300,
      optional: true,
    },
    {
      name: "Cấp trên: tổng hợp /org/reports",
      as,
      path: `/org/reports?year=${Y}`,
      targetP95Ms: 300,
      optional: true,
    },
  ];
}

/** A CĐCS's own pages as its chủ tịch (the same paths in both databases). */
export function unitPages(as: string, label: string): FedCase[] {
  return [
    { name: `${label}: tổng quan /dashboard`, as, path: "/dashboard", targetP95Ms: 300 },
    { name: `${label}: danh sách đoàn viên`, as, path: "/members", targetP95Ms: 150 },
    { name: `${label}: tìm đoàn viên`, as, path: "/members?q=nguyen+thi", targetP95Ms: 150 },
    { name: `${label}: thăm hỏi ${Y}`, as, path: `/welfare?year=${Y}`, targetP95Ms: 150 },
    { name: `${label}: xếp loại ${Y}`, as, path: `/rating?year=${Y}`, targetP95Ms: 300 },
  ];
}

/** The page mix of one user of a CĐCS in the load runs (a chủ tịch at work). */
export function unitMix(as: string, sample?: { memberId: string }): { path: string; as: string }[] {
  return [
    { path: "/dashboard", as },
    { path: "/members", as },
    { path: "/members?q=nguyen+thi", as },
    ...(sample ? [{ path: `/members/${sample.memberId}`, as }] : []),
    { path: `/welfare?year=${Y}`, as },
    { path: "/members?page=2&sort=-joined", as },
    { path: `/rating?year=${Y}`, as },
  ];
}
