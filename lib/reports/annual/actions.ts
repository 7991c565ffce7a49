"use server";
// The báo cáo tổng kết: wrappers only (decision 0062). The BCH writes the narrative; the chủ tịch
// marks it final and reopens it.
import { createAction } from "@/lib/action";
import { finaliseAnnualReport } from "./finalise-annual-report";
import { reopenAnnualReport } from "./reopen-annual-report";
import { saveAnnualSection } from "./save-annual-section";
import { finaliseSchema, reopenSchema, saveSectionSchema } from "./schema";

export const saveAnnualSectionAction = createAction(
  {
    name: "reports.annual.saveSection",
    permission: "reports.annual.write",
    schema: saveSectionSchema,
    revalidate: [{ layout: "/reports/annual" }],
  },
  saveAnnualSection,
);
export const finaliseAnnualReportAction = createAction(
  {
    name: "reports.annual.finalise",
    permission: "reports.annual.finalise",
    schema: finaliseSchema,
    revalidate: [{ layout: "/reports/annual" }],
  },
  finaliseAnnualReport,
);
export const reopenAnnualReportAction = createAction(
  {
    name: "reports.annual.reopen",
    permission: "reports.annual.finalise",
    schema: reopenSchema,
    revalidate: [{ layout: "/reports/annual" }],
  },
  reopenAnnualReport,
);
