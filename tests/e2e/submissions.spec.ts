// Issue 18's submissions journey, on its own: the school sends the statistics report for the
// half-year on its screen (not the whole năm học), the cấp trên returns it with a comment, the school
// reads the comment and sends version 2, the cấp trên accepts it; the accepted version stays as it
// was, and a later send is version 3.
import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./db";
import { login, toast } from "./helpers";
import { cycleYearOf, SCHOOL_CYCLE } from "../../lib/settings/cycle";
import { DEMO_LAST_YEAR, demoYearLabel, LAST_YEAR, TEST_TODAY, THIS_YEAR } from "../support/today";

// The half-year that holds the suite's day: what /members/statistics shows by default.
const H1 = TEST_TODAY.slice(5) <= "06-30";
const PERIOD = H1
  ? { from: `${THIS_YEAR}-01-01`, to: `${THIS_YEAR}-06-30`, label: `6 tháng đầu năm ${THIS_YEAR}` }
  : { from: `${THIS_YEAR}-07-01`, to: `${THIS_YEAR}-12-31`, label: `6 tháng cuối năm ${THIS_YEAR}` };
// The school keeps năm học: the paper belongs to the năm học the period's last day is in.
const YEAR = cycleYearOf(PERIOD.to, SCHOOL_CYCLE);
const COMMENT = "Số đoàn viên chuyển đi trong kỳ chưa khớp với danh sách, đề nghị rà soát.";

const versions = () =>
  e2eDb().submission.findMany({
    where: { kind: "STATISTICS", year: YEAR, unit: { users: { some: { email: "chutich@demo.vn" } } } },
    orderBy: { version: "asc" },
    select: { id: true, version: true, state: true, payload: true, doc: true, comment: true },
  });

async function send(page: Page, label: RegExp) {
  await page.goto("/members/statistics");
  const box = page.getByTestId("paper-submission");
  await expect(box).toContainText(`Gửi lên là báo cáo của kỳ đang xem: ${PERIOD.label}.`);
  page.once("dialog", (d) => void d.accept());
  await box.getByRole("button", { name: label }).click();
  await expect(box).toContainText("chờ cấp trên tiếp nhận");
}

async function decide(page: Page, id: string, verdict: "Trả lại" | "Tiếp nhận", comment = "") {
  await page.goto(`/org/submissions/${id}`);
  if (comment) await page.getByLabel("Ý kiến của cấp trên").fill(comment);
  await page.getByRole("button", { name: verdict }).click();
  await expect(toast(page, "success")).toBeVisible();
}

test("a fresh demo: the cấp trên's inbox holds last year's papers, and 'Chưa gửi' names the THCS", async ({
  page,
}) => {
  await login(page, "captren@demo.vn");
  const school = "Công đoàn Trường THPT Lê Quý Đôn";
  const firm = "Công đoàn Công ty Cổ phần Sách và Thiết bị trường học Đà Nẵng";
  const thcs = "Công đoàn Trường THCS Nguyễn Huệ";
  const row = (unit: string, paper: string) =>
    page.getByRole("listitem").filter({ hasText: unit }).filter({ hasText: paper });
  await page.goto(`/org/submissions?year=${DEMO_LAST_YEAR}`);
  await expect(row(school, `Báo cáo tổng kết ${demoYearLabel(DEMO_LAST_YEAR)} · bản 1`)).toContainText(
    "Đã tiếp nhận",
  );
  // The statistics came back once with a comment; version 2 was accepted.
  await expect(
    row(school, `Báo cáo thống kê, biến động đoàn viên ${demoYearLabel(DEMO_LAST_YEAR)} · bản 2`),
  ).toContainText("Đã tiếp nhận");
  await page.goto(`/org/submissions?year=${DEMO_LAST_YEAR}&kind=STATISTICS&tab=missing`);
  await expect(page.getByRole("link", { name: thcs })).toBeVisible();
  await expect(page.getByRole("link", { name: school })).toHaveCount(0);
  // The enterprise keeps calendar years: it sent last calendar year's statistics, waiting.
  await page.goto(`/org/submissions?year=${LAST_YEAR}&kind=STATISTICS`);
  await expect(row(firm, `Báo cáo thống kê, biến động đoàn viên năm ${LAST_YEAR} · bản 1`)).toContainText(
    "chờ tiếp nhận",
  );
  await page.goto(`/org/submissions?year=${LAST_YEAR}&kind=STATISTICS&tab=missing`);
  await expect(page.getByRole("link", { name: thcs })).toBeVisible();
  await expect(page.getByRole("link", { name: firm })).toHaveCount(0);
});

test("statistics for the half-year on screen: sent, returned, sent again, accepted, then version 3", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const school = await (await browser.newContext()).newPage();
  const upper = await (await browser.newContext()).newPage();
  await login(school, "chair");
  await login(upper, "captren@demo.vn");
  expect(await versions()).toEqual([]);

  await send(school, /^Gửi cấp trên$/);
  const [v1] = await versions();
  expect(v1).toMatchObject({ version: 1, state: "SUBMITTED" });
  // The period on screen went up, not the whole năm học.
  expect((v1.payload as { period: unknown }).period).toEqual(PERIOD);
  await expect(school.getByTestId("paper-submission")).toContainText(`Đã gửi bản 1 (${PERIOD.label})`);

  // The cấp trên reads the paper as sent, for that half-year, and returns it.
  await upper.goto(`/org/submissions/${v1.id}`);
  await expect(upper.getByText(PERIOD.label).first()).toBeVisible();
  await decide(upper, v1.id, "Trả lại", COMMENT);

  await school.goto("/members/statistics");
  await expect(school.getByTestId("paper-submission")).toContainText(`Cấp trên trả lại: ${COMMENT}`);
  await send(school, /^Gửi cấp trên bản 2$/);
  const v2 = (await versions())[1];
  expect(v2).toMatchObject({ version: 2, state: "SUBMITTED" });
  await decide(upper, v2.id, "Tiếp nhận");

  await school.goto("/members/statistics");
  await expect(school.getByTestId("paper-submission")).toContainText("Cấp trên đã tiếp nhận");
  const accepted = (await versions())[1];
  expect(accepted.state).toBe("ACCEPTED");

  // A change now is a new version; the accepted one stays accepted and unchanged.
  await send(school, /^Gửi cấp trên bản 3$/);
  const all = await versions();
  expect(all.map((v) => [v.version, v.state])).toEqual([
    [1, "SUPERSEDED"],
    [2, "ACCEPTED"],
    [3, "SUBMITTED"],
  ]);
  expect(all[0].comment).toBe(COMMENT);
  expect(all[1]).toEqual(accepted);
});
