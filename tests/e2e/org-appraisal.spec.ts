// Issue 18's journey, items 3–4: the school sends its self-rating and its hồ sơ khen thưởng from
// their screens; the cấp trên returns one with a comment and accepts the other; the school sends
// again and the cấp trên accepts; the cấp trên scores the thẩm định and concludes, decides the
// proposals and issues its quyết định; the school sees the result on its rating and on its titles.
import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./db";
import { login, toast } from "./helpers";
import { DEMO_LAST_YEAR, TODAY, typed } from "../support/today";

const Y = DEMO_LAST_YEAR;
const CAPTREN = "captren@demo.vn";
// The quyết định is dated the suite's day, as a cấp trên would date it (dd/MM/yyyy).
const ISSUED = typed(TODAY);

async function send(page: Page, path: string, label: RegExp) {
  await page.goto(`${path}?year=${Y}`);
  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("paper-submission").getByRole("button", { name: label }).click();
  await expect(page.getByTestId("paper-submission")).toContainText("chờ cấp trên tiếp nhận");
}

const pending = (kind: "SELF_RATING" | "AWARDS_FILE") =>
  e2eDb().submission.findFirstOrThrow({
    where: { kind, year: Y, state: "SUBMITTED", unit: { users: { some: { email: "chutich@demo.vn" } } } },
    orderBy: { version: "desc" },
  });

async function decide(page: Page, id: string, verdict: "Trả lại" | "Tiếp nhận", comment = "") {
  await page.goto(`/org/submissions/${id}`);
  if (comment) await page.getByLabel("Ý kiến của cấp trên").fill(comment);
  await page.getByRole("button", { name: verdict }).click();
  await expect(toast(page, "success")).toBeVisible();
}

test("the school sends, the cấp trên returns, accepts, scores, decides and issues; the school sees it", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const school = await (await browser.newContext()).newPage();
  const upper = await (await browser.newContext()).newPage();
  await login(school, "chair");
  await login(upper, CAPTREN);

  await send(school, "/rating/collectives/unit", /^Gửi cấp trên/);
  await send(school, "/rating/titles", /^Gửi cấp trên/);
  await decide(upper, (await pending("SELF_RATING")).id, "Trả lại", "Bổ sung minh chứng tiêu chí 5");
  await decide(upper, (await pending("AWARDS_FILE")).id, "Tiếp nhận");

  await school.goto(`/rating/collectives/unit?year=${Y}`);
  await expect(school.getByTestId("paper-submission")).toContainText(
    "Cấp trên trả lại: Bổ sung minh chứng tiêu chí 5",
  );
  await send(school, "/rating/collectives/unit", /^Gửi cấp trên bản 2/);
  await decide(upper, (await pending("SELF_RATING")).id, "Tiếp nhận");

  // Thẩm định: every criterion at its điểm chuẩn but the first, 2 below.
  await upper.goto(`/org/awards?year=${Y}`);
  await upper.getByTestId("appraisal-list").getByRole("link").first().click();
  await expect(upper).toHaveURL(/\/org\/[^/]+\/appraisal/);
  const inputs = upper.locator("input[id^='scores.']");
  await expect(inputs.first()).toBeVisible();
  const n = await inputs.count();
  expect(n).toBeGreaterThan(0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const max = Number(
      await upper.locator(`input[id='scores.${i}.points']`).locator("xpath=ancestor::tr/td[2]").innerText(),
    );
    const points = i === 0 ? max - 2 : max;
    total += points;
    await upper.locator(`input[id='scores.${i}.points']`).fill(String(points));
  }
  await expect(upper.getByTestId("appraisal-total")).toHaveText(String(total));
  await upper.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(toast(upper, "success")).toContainText(`${total} điểm`);
  await upper.getByRole("button", { name: "Kết luận" }).click();
  await expect(upper.getByTestId("appraisal-result")).toContainText(`${total}/`);
  const level = (await upper.getByTestId("appraisal-result").innerText()).split("—")[1].split("(")[0].trim();

  // Awards: the first proposal Khen, the others Không khen with a reason; then the quyết định.
  await upper.goto(`/org/awards?year=${Y}`);
  const names = await upper
    .getByRole("button", { name: /^Khen: / })
    .evaluateAll((bs) => bs.map((b) => (b.getAttribute("aria-label") ?? "").replace(/^Khen: /, "")));
  expect(names.length).toBeGreaterThan(0);
  await upper.getByRole("button", { name: `Khen: ${names[0]}`, exact: true }).click();
  await expect(toast(upper, "success")).toContainText(`${names[0]}: Khen`);
  for (const name of names.slice(1)) {
    await upper.getByLabel(`Lý do không khen: ${name}`).fill("Chưa đủ thời gian công tác theo quy định");
    await upper.getByRole("button", { name: `Không khen: ${name}` }).click();
    await expect(upper.getByRole("button", { name: `Không khen: ${name}` })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  }
  await expect(upper.getByTestId("pending-award")).toHaveText("1");
  await upper.getByLabel("Số quyết định").fill("25/QĐ-CĐGD");
  await upper.locator("#decision-date").fill(ISSUED);
  await upper.getByLabel("Người ký").fill("Trần Văn Hùng");
  await upper.getByRole("button", { name: "Ban hành quyết định" }).click();
  await expect(upper.getByTestId("award-decisions")).toContainText(`Số 25/QĐ-CĐGD ngày ${ISSUED}`);

  // The school sees the thẩm định on its rating and the decision on its member's title.
  await school.goto(`/rating/collectives/unit?year=${Y}`);
  await expect(school.getByTestId("unit-reviewed")).toContainText(
    `Cấp trên thẩm định: ${total} điểm — ${level}`,
  );
  await school.goto(`/rating/titles?year=${Y}&q=${encodeURIComponent(names[0])}`);
  await expect(school.getByTestId("upper-decision").first()).toContainText(
    `Cấp trên khen: Quyết định số 25/QĐ-CĐGD ngày ${ISSUED}`,
  );

  // A correction: the cấp trên revokes the Khen line; the reason is required; the school sees it revoked.
  await upper.goto(`/org/awards?year=${Y}`);
  await expect(upper.getByTestId("revoke-line")).toHaveCount(1);
  await upper.getByTestId("revoke-line").click();
  const dialog = upper.getByRole("dialog");
  await expect(dialog).toContainText(`Thu hồi khen thưởng: ${names[0]}`);
  await dialog.getByLabel("Số quyết định thu hồi").fill("26/QĐ-CĐGD");
  await dialog.getByLabel("Ngày ký").fill(ISSUED);
  await dialog.getByLabel("Người ký").fill("Trần Văn Hùng");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(dialog).toContainText("Nhập lý do thu hồi (ít nhất 5 ký tự).");
  expect(await e2eDb().upperAwardDecision.count({ where: { number: "26/QĐ-CĐGD" } })).toBe(0);
  await dialog.getByLabel("Lý do thu hồi").fill("Hồ sơ thành tích có sai sót, cần thẩm tra lại.");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(toast(upper, "success")).toContainText(`Đã thu hồi khen thưởng của ${names[0]}.`);
  await expect(upper.getByTestId("award-proposals").first()).toContainText("thu hồi theo QĐ số 26/QĐ-CĐGD");
  await expect(upper.getByTestId("revoke-line")).toHaveCount(0);
  await school.goto(`/rating/titles?year=${Y}&q=${encodeURIComponent(names[0])}`);
  await expect(school.getByTestId("upper-decision").first()).toContainText(
    "đã thu hồi theo Quyết định số 26/QĐ-CĐGD",
  );
});
