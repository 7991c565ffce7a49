// The pages the cấp trên's thẩm định and awards change, for the actions' revalidate. Pure.
export const appraisalPages = (v: { unitId: string }) => [
  `/org/${v.unitId}/appraisal`,
  `/org/${v.unitId}`,
  "/rating/collectives/unit",
];

/** The awards page, and the CĐCS's screens that show the cấp trên's decision on their titles. */
export const AWARD_PAGES = ["/org/awards", "/rating/titles", "/rating/reports"];
