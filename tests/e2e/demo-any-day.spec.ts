// The demo told as of the suite's day (tests/support/today.ts, docs/decisions/0060-one-clock.md):
// whatever the day, each demo account lands on its page and finds the steps it owns open —
// the đoàn viên's self-assessment, the tổ trưởng's forwarding and tổ review, the BCH's approval,
// decision under the quota, minutes and welfare — and the UBKT reads last year's books and can
// change nothing. Nothing is saved: other specs rely on the demo as seeded (the member's phiếu
// stays a draft). Each page is attached as a full-page screenshot and written to
// test-results/demo-any-day/<TEST_TODAY>/<role>-<step>.png, to look at per day:
//   SCD_TEST_TODAY=2027-01-15 npx playwright test tests/e2e/demo-any-day.spec.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { demoUnit } from "./data";
import { e2eDb } from "./db";
import { login, type DemoRole } from "./helpers";
import { parseHeadline } from "./welfare-kit";
import { pdfText } from "../support/documents";
import {
  DEMO_LAST_YEAR,
  DEMO_YEAR,
  LAST_YEAR,
  PINNED_TODAY,
  TEST_TODAY,
  THIS_YEAR,
  TODAY,
  typed,
  demoYearLabel,
} from "../support/today";

const SHOTS = join(process.cwd(), "test-results", "demo-any-day", TEST_TODAY);
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
/** The line under the page's title (components/page-header.tsx): counts, dates, the record's state. */
const subtitle = (page: Page) => page.locator("h1 + p");

/** Attaches a full-page screenshot to the test and keeps a copy per day for the reviewer. */
async function shot(page: Page, info: TestInfo, role: DemoRole, step: string) {
  // From the top, so that the sticky header is drawn where it belongs on the full page.
  await page.evaluate(() => window.scrollTo(0, 0));
  const body = await page.screenshot({ fullPage: true });
  await info.attach(`${role}-${step}`, { body, contentType: "image/png" });
  await mkdir(SHOTS, { recursive: true });
  await writeFile(join(SHOTS, `${role}-${step}.png`), body);
}

/** The "Bản chạy thử" banner with the pinned day on every page (none when the app keeps its real clock). */
async function expectPinnedBanner(page: Page) {
  await expect(page.getByTestId("pinned-day")).toHaveText(
    PINNED_TODAY
      ? [
          `Bản chạy thử: ứng dụng tính mọi thời hạn như hôm nay là ngày ${typed(TODAY)} (SCD_TODAY). Không dùng cho dữ liệu thật.`,
        ]
      : [],
  );
}

const LANDINGS: Record<DemoRole, { path: string; heading: string; shows: string }> = {
  chair: { path: "/dashboard", heading: "Tổng quan", shows: `Số liệu đến ngày ${typed(TODAY)}` },
  bch: { path: "/dashboard", heading: "Tổng quan", shows: `Số liệu đến ngày ${typed(TODAY)}` },
  ubkt: { path: "/dashboard", heading: "Tổng quan", shows: `Số liệu đến ngày ${typed(TODAY)}` },
  leader: { path: "/members", heading: "Đoàn viên", shows: "Tổ của bạn: Tổ Toán – Tin" },
  member: { path: "/me", heading: "Của tôi", shows: "Phạm Minh Tuấn · Tổ Toán – Tin" },
};

/** Signs in, checks the role's landing page as of today and keeps its screenshot. */
async function land(page: Page, info: TestInfo, role: DemoRole) {
  const l = LANDINGS[role];
  await login(page, role);
  await expect(page).toHaveURL(new RegExp(`${l.path}$`));
  await expect(h1(page)).toHaveText(l.heading);
  await expect(page.getByText(l.shows)).toBeVisible();
  await expectPinnedBanner(page);
  await shot(page, info, role, "landing");
}

/** Follows a link of the main navigation. */
async function nav(page: Page, label: string) {
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: label, exact: true })
    .click();
}

/** "dd/mm/yyyy" → "yyyy-mm-dd". */
const iso = (vn: string) => `${vn.slice(6, 10)}-${vn.slice(3, 5)}-${vn.slice(0, 2)}`;

test.describe("đoàn viên (doanvien@demo.vn)", () => {
  test("self-assesses: this year's phiếu is a draft, open for editing, with Nộp phiếu enabled", async ({
    page,
  }, info) => {
    await land(page, info, "member");
    const todo = page
      .getByTestId("me-due")
      .getByRole("link", { name: new RegExp(`Tự đánh giá, xếp loại ${demoYearLabel(DEMO_YEAR)}`) });
    await expect(todo).toBeVisible();
    await todo.click();

    await expect(page).toHaveURL(/\/me\/emulation\/assessment$/);
    await expect(h1(page)).toHaveText(`Tự đánh giá, xếp loại ${demoYearLabel(DEMO_YEAR)}`);
    await expectPinnedBanner(page);
    // The window takes in today, and the phiếu is still the member's draft.
    await expect(subtitle(page)).toContainText("Nháp");
    await expect(subtitle(page)).toContainText(/Thời gian: \d\d\/\d\d\/\d{4} – \d\d\/\d\d\/\d{4}/);
    const [, opens, closes] = /Thời gian: (\S+) – (\S+)/.exec(await subtitle(page).innerText())!;
    expect(
      iso(opens) <= TEST_TODAY && TEST_TODAY <= iso(closes),
      `window ${opens} – ${closes} takes in ${TEST_TODAY}`,
    ).toBe(true);
    // An editable form: every criterion, the three registered commitments, and both buttons.
    const scores = page.getByRole("spinbutton");
    await expect(scores.first()).toBeEditable();
    await expect(scores.last()).toBeEditable();
    await expect(page.getByTestId("outcome")).toHaveCount(3);
    await expect(page.getByLabel("Nhận xét, tự đánh giá chung")).toBeEditable();
    await expect(page.getByTestId("total-points")).toBeVisible();
    await expect(page.getByRole("button", { name: "Lưu nháp" })).toBeEnabled();
    await expect(page.getByRole("button", { name: "Nộp phiếu" })).toBeEnabled();
    await shot(page, info, "member", "self-assess");
  });

  test("sends a tâm tư, nguyện vọng: the form is open", async ({ page }, info) => {
    await land(page, info, "member");
    await page.getByRole("link", { name: "Gửi tâm tư, nguyện vọng và xem câu trả lời" }).click();
    await expect(h1(page)).toHaveText("Tâm tư, nguyện vọng của tôi");
    await expectPinnedBanner(page);
    await expect(page.getByLabel("Chủ đề")).toBeEditable();
    await expect(page.getByLabel("Nội dung")).toBeEditable();
    await expect(page.getByRole("button", { name: "Gửi ý kiến" })).toBeEnabled();
    await shot(page, info, "member", "opinion");
  });
});

test.describe("tổ trưởng (totruong@demo.vn, Tổ Toán – Tin)", () => {
  test("forwards: registrations of the tổ wait, each with an enabled Chuyển, and Chuyển tất cả", async ({
    page,
  }, info) => {
    await land(page, info, "leader");
    await nav(page, "Thi đua");
    await expect(h1(page)).toHaveText(`Thi đua ${demoYearLabel(DEMO_YEAR)}`);
    await page.getByRole("link", { name: "Tổ Toán – Tin", exact: true }).click();
    await expect(h1(page)).toHaveText(`Tổ Toán – Tin · thi đua ${demoYearLabel(DEMO_YEAR)}`);
    await expectPinnedBanner(page);

    const waiting = page
      .getByTestId("roster")
      .locator("tbody tr")
      .filter({ has: page.getByText("Chờ duyệt", { exact: true }) });
    await expect(waiting.first()).toBeVisible();
    const n = await waiting.count();
    for (let i = 0; i < n; i++)
      await expect(waiting.nth(i).getByRole("button", { name: "Chuyển", exact: true })).toBeEnabled();
    // (Other specs may add a registration to this tổ while this one runs: the number is not pinned.)
    await expect(page.getByRole("button", { name: /^Chuyển tất cả \(\d+\) lên BCH$/ })).toBeEnabled();
    await shot(page, info, "leader", "forward");
  });

  test("reviews the tổ: this year's bình xét of Tổ Toán – Tin is open for editing", async ({
    page,
  }, info) => {
    await land(page, info, "leader");
    await nav(page, "Xếp loại");
    await expect(page).toHaveURL(/\/rating\/groups/);
    await expect(h1(page)).toHaveText(`Tổ bình xét, xếp loại ${demoYearLabel(DEMO_YEAR)}`);
    const row = page.getByTestId("group-review-row").filter({ hasText: "Tổ Toán – Tin" });
    await expect(row).toContainText("Đang bình xét");
    await row.click();

    await expect(h1(page)).toHaveText(`Bình xét Tổ Toán – Tin · ${demoYearLabel(DEMO_YEAR)}`);
    await expectPinnedBanner(page);
    await expect(page.getByText("Gửi xong, tổ không sửa được nữa.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Gửi đề xuất của tổ" })).toBeEnabled();
    // A member who sent the phiếu and has no proposal yet: the tổ can score, propose and save.
    const card = page
      .getByTestId("member-review")
      .filter({ has: page.getByText("Chưa đề xuất", { exact: true }) })
      .filter({ has: page.getByLabel("Tổ chấm (tiêu chí 1)") })
      .first();
    await card.locator("summary").click();
    await expect(card.getByLabel("Tổ chấm (tiêu chí 1)")).toBeEditable();
    await expect(card.getByLabel("Mức đề xuất của tổ")).toBeEnabled();
    await expect(card.getByLabel("Số phiếu đồng ý")).toBeEditable();
    await expect(card.getByRole("button", { name: "Lưu", exact: true })).toBeEnabled();
    await shot(page, info, "leader", "review");
  });
});

for (const role of ["chair", "bch"] as const) {
  test.describe(`${role === "chair" ? "chủ tịch (chutich@demo.vn)" : "ủy viên BCH (uyvien@demo.vn)"}`, () => {
    test("approves registrations: some wait, with Duyệt and Từ chối enabled; late ones can be allowed after the deadline", async ({
      page,
    }, info) => {
      await land(page, info, role);
      await nav(page, "Thi đua");
      await expect(h1(page)).toHaveText(`Thi đua ${demoYearLabel(DEMO_YEAR)}`);
      await page.getByRole("link", { name: "Duyệt đăng ký" }).click();
      await expect(h1(page)).toHaveText(`Duyệt đăng ký thi đua ${demoYearLabel(DEMO_YEAR)}`);
      await expectPinnedBanner(page);

      // A registration waiting for the BCH (sent by the member or forwarded by the tổ).
      const item = page
        .getByTestId("approval-list")
        .locator("li")
        .filter({ has: page.getByRole("button", { name: "Duyệt", exact: true }) })
        .first();
      await expect(item).toContainText(/Chờ duyệt|Tổ đã chuyển/);
      await expect(item.getByRole("button", { name: "Duyệt", exact: true })).toBeEnabled();
      await expect(item.getByRole("button", { name: "Từ chối", exact: true })).toBeEnabled();
      // Ticking it readies the bulk approval (nothing is saved).
      await item.getByRole("checkbox").check();
      await expect(page.getByRole("button", { name: "Duyệt (1)" })).toBeEnabled();
      await shot(page, info, role, "approve");

      // Tổ Toán – Tin has members who have not registered: after the deadline (20/10) the BCH may let
      // them register late; before it they register themselves.
      await page.goto(`/emulation?year=${DEMO_YEAR}`);
      await page.getByRole("link", { name: "Tổ Toán – Tin", exact: true }).click();
      await expect(h1(page)).toHaveText(`Tổ Toán – Tin · thi đua ${demoYearLabel(DEMO_YEAR)}`);
      await expect(page.getByTestId("reminder-list").locator("li").first()).toBeVisible();
      const notRegistered = page
        .getByTestId("roster")
        .locator("tbody tr")
        .filter({ has: page.getByText("Chưa đăng ký", { exact: true }) })
        .filter({ hasNotText: "Được đăng ký muộn" });
      await expect(notRegistered.first()).toBeVisible();
      // Whether "Cho đăng ký muộn" shows depends on the year's deadline, which
      // emulation-registration.spec.ts moves while it runs beside this file: that spec covers the late path.
      await shot(page, info, role, "late");
    });

    test("decides under the quota: Tổ Ngữ văn's proposals are decidable and a choice moves the meter", async ({
      page,
    }, info) => {
      await land(page, info, role);
      await nav(page, "Xếp loại");
      await expect(h1(page)).toHaveText(`Đánh giá, xếp loại đoàn viên ${demoYearLabel(DEMO_YEAR)}`);
      await expect(page.getByText("Đang đánh giá", { exact: true })).toBeVisible();
      const unit = page.locator('section[data-meter="Toàn CĐCS"]');
      await expect(unit.getByTestId("quota-state")).toBeVisible();
      await expect(unit.getByTestId("quota-line")).toBeVisible();

      const nguVan = await page
        .locator('select[name="groupId"] option', { hasText: "Tổ Ngữ văn" })
        .getAttribute("value");
      await page.goto(`/rating?year=${DEMO_YEAR}&groupId=${nguVan}`);
      await expectPinnedBanner(page);
      await expect(page.getByTestId("tally")).toContainText("Tổ Ngữ văn:");
      await expect(page.locator('section[data-meter="Tổ Ngữ văn"]')).toBeVisible();
      await expect(page.getByRole("button", { name: "Chấp nhận đề xuất của tổ" })).toBeEnabled();

      // A member the tổ proposed a level for, still undecided.
      const row = page
        .getByTestId("decision-table")
        .locator("tbody tr")
        .filter({ has: page.getByRole("combobox") })
        .first();
      const name = (await row.getAttribute("data-member"))!;
      await expect(row.locator('[data-col="proposed"]')).not.toContainText("Chưa đề xuất");
      const level = row.getByLabel(`Mức cuối cùng của ${name}`);
      await expect(level).toBeEnabled();
      await expect(level).toHaveValue("");
      // Choosing a level moves the CĐCS meter at once and readies "Lưu mức xếp loại" (not clicked).
      const TOT = "Hoàn thành tốt nhiệm vụ";
      const count = unit.locator(`li[data-level="${TOT}"] [data-testid="level-count"]`);
      const before = parseInt(await count.innerText(), 10);
      await level.selectOption(TOT);
      await expect(count).toHaveText(new RegExp(`^${before + 1}\\b`));
      await expect(row.getByRole("button", { name: "Lưu mức xếp loại" })).toBeEnabled();
      await shot(page, info, role, "decide");
    });

    test("records a meeting: a BCH meeting's minutes can still be written, and a new meeting can be planned", async ({
      page,
    }, info) => {
      await land(page, info, role);
      await nav(page, "Cuộc họp");
      await expect(h1(page)).toHaveText("Cuộc họp");
      await expect(page.getByRole("link", { name: "+ Lập cuộc họp" })).toBeVisible();
      await page.goto("/meetings?type=BCH_REGULAR");
      // The demo's own monthly meeting, held, its minutes not written or not signed yet (the rating
      // chain, running beside this spec, holds a BCH meeting of its own in the same list).
      const open = page
        .locator("table tbody tr")
        .filter({ hasText: "Họp BCH thường kỳ tháng" })
        .filter({ has: page.getByText(/^(Đã họp|Biên bản nháp)$/) })
        .first();
      await open.getByRole("link").click();
      await expect(h1(page)).toContainText("Họp BCH thường kỳ tháng");
      await page.getByRole("link", { name: "Ghi biên bản" }).click();
      await expect(h1(page)).toHaveText("Ghi biên bản");
      await expectPinnedBanner(page);
      await expect(page.getByLabel("Ý kiến thảo luận").first()).toBeEditable();
      await expect(page.getByLabel("Kết luận của chủ trì").first()).toBeEditable();
      await expect(page.getByRole("button", { name: "Lưu biên bản" })).toBeEnabled();
      await shot(page, info, role, "minutes");

      await page.goto("/meetings/new");
      await expect(h1(page)).toHaveText("Lập cuộc họp");
      await expect(page.getByLabel("Tên cuộc họp")).toBeEditable();
      await expect(page.getByRole("button", { name: "Lập cuộc họp" })).toBeEnabled();
      await shot(page, info, role, "new-meeting");
    });

    test(`records welfare: ${role === "chair" ? "a proposed visit to approve" : "a proposed visit waits for the chủ tịch"}, an approved one to record as paid, and a new one`, async ({
      page,
    }, info) => {
      await land(page, info, role);
      await nav(page, "Thăm hỏi");
      await expect(h1(page)).toHaveText("Thăm hỏi, trợ cấp");
      await expect(page.getByRole("link", { name: "+ Đề xuất thăm hỏi" })).toBeVisible();

      await page.goto(`/welfare?year=${THIS_YEAR}&state=PROPOSED`);
      await page.getByTestId("visit-table").getByRole("link").first().click();
      await expect(page).toHaveURL(/\/welfare\/c[a-z0-9]+$/);
      await expect(subtitle(page)).toContainText("Đề xuất");
      await expectPinnedBanner(page);
      // The chủ tịch approves; an ủy viên BCH sees it waiting for the chủ tịch.
      await expect(page.getByRole("button", { name: "Duyệt", exact: true })).toHaveCount(
        role === "chair" ? 1 : 0,
      );
      await expect(page.getByText("Chờ chủ tịch hoặc phó chủ tịch duyệt.")).toHaveCount(
        role === "chair" ? 0 : 1,
      );
      // The step each can take on it now: approve (chủ tịch), or correct it by cancelling (ủy viên, who records visits).
      await expect(
        page.getByRole("button", { name: role === "chair" ? "Duyệt" : "Hủy thăm hỏi…", exact: true }),
      ).toBeEnabled();
      await shot(page, info, role, "welfare-proposed");

      await page.goto(`/welfare?year=${THIS_YEAR}&state=APPROVED`);
      await page.getByTestId("visit-table").getByRole("link").first().click();
      await expect(page).toHaveURL(/\/welfare\/c[a-z0-9]+$/);
      await expect(subtitle(page)).toContainText("Đã duyệt");
      await expect(page.getByRole("button", { name: "Ghi nhận đã thăm / đã chi" })).toBeEnabled();
      await shot(page, info, role, "welfare-pay");

      await page.goto("/welfare/new");
      await expect(h1(page)).toHaveText("Đề xuất thăm hỏi");
      await expect(page.getByLabel("Ngày sự việc")).toHaveValue(typed(TODAY));
      await expect(page.getByRole("button", { name: "Ghi đề xuất" })).toBeEnabled();
      await shot(page, info, role, "new-visit");
    });
  });
}

test.describe("ủy viên BCH as a member (uyvien@demo.vn)", () => {
  test("registers: her own registration came back with a reason, and she can fix and resend it", async ({
    page,
  }, info) => {
    await land(page, info, "bch");
    await page.goto("/me/emulation");
    await expect(h1(page)).toHaveText(`Đăng ký thi đua ${demoYearLabel(DEMO_YEAR)}`);
    await expectPinnedBanner(page);
    await expect(page.getByTestId("return-reason")).toContainText(
      "Chương trình cá nhân chưa có chỉ tiêu cụ thể",
    );
    await expect(page.getByLabel("Nội dung").first()).toBeEditable();
    await expect(page.getByRole("button", { name: "Gửi đăng ký" })).toBeEnabled();
    await shot(page, info, "bch", "register");
  });
});

test.describe("UBKT (ubkt@demo.vn)", () => {
  test("reads last year's welfare summary and sổ, and this year's records, without a button that changes data", async ({
    page,
  }, info) => {
    await land(page, info, "ubkt");

    // Last year is complete: 27 visits paid, almost 10 million (other specs may add to it).
    await page.goto(`/welfare/summary?year=${LAST_YEAR}`);
    await expect(h1(page)).toHaveText(`Tổng hợp thăm hỏi năm ${LAST_YEAR}`);
    await expectPinnedBanner(page);
    const headline = parseHeadline(await page.getByTestId("summary-headline").innerText());
    expect(headline.count).toBeGreaterThanOrEqual(27);
    expect(headline.total).toBeGreaterThanOrEqual(9_850_000);
    await expect(page.getByTestId("summary-funds")).toBeVisible();
    await shot(page, info, "ubkt", "welfare-summary");

    await page.getByRole("link", { name: "Sổ theo dõi" }).click();
    const register = page.getByRole("table");
    // A paid visit's receipt is its phiếu chi in the fund (decision 0076): the year's first and last.
    const unit = await demoUnit();
    const paid = await e2eDb().welfareVisit.findMany({
      where: {
        unitId: unit.id,
        state: "DONE",
        eventOn: { gte: new Date(`${LAST_YEAR}-01-01`), lt: new Date(`${LAST_YEAR + 1}-01-01`) },
      },
      orderBy: { receiptNumber: "asc" },
      select: { receiptNumber: true },
    });
    expect(paid.length).toBeGreaterThanOrEqual(27);
    for (const r of [paid[0], paid[paid.length - 1]])
      await expect(register.locator("tr", { hasText: r.receiptNumber! })).toBeVisible();
    await shot(page, info, "ubkt", "welfare-register");

    await page.goto(`/welfare?year=${LAST_YEAR}`);
    await expect(h1(page)).toHaveText("Thăm hỏi, trợ cấp");
    await expect(page.getByRole("link", { name: "Tổng hợp năm" })).toBeVisible();
    await expect(page.getByRole("link", { name: "+ Đề xuất thăm hỏi" })).toHaveCount(0);
    await page.goto(`/welfare?year=${THIS_YEAR}&state=PROPOSED`);
    await page.getByTestId("visit-table").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/welfare\/c[a-z0-9]+$/);
    await expect(subtitle(page)).toContainText("Đề xuất");
    for (const name of ["Duyệt", "Ghi nhận đã thăm / đã chi", "Hủy thăm hỏi…"])
      await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Sửa", exact: true })).toHaveCount(0);
    await shot(page, info, "ubkt", "visit");

    // Last year's rating is finalised and published; this year's is read-only for the UBKT.
    await page.goto(`/rating?year=${DEMO_LAST_YEAR}`);
    await expect(page.getByTestId("locked-banner")).toContainText("đã công bố");
    await page.goto(`/rating?year=${DEMO_YEAR}`);
    await expect(h1(page)).toHaveText(`Đánh giá, xếp loại đoàn viên ${demoYearLabel(DEMO_YEAR)}`);
    await expect(page.getByTestId("decision-table").locator("tbody tr").first()).toBeVisible();
    await expect(page.getByTestId("decision-table").getByRole("combobox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Chấp nhận đề xuất của tổ" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Lưu quyết định" })).toHaveCount(0);
    await shot(page, info, "ubkt", "rating");

    await page.goto(`/emulation/registrations?year=${DEMO_YEAR}`);
    await expect(page.getByTestId("approval-list").locator("li").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Duyệt", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Từ chối", exact: true })).toHaveCount(0);
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await shot(page, info, "ubkt", "registrations");

    await page.goto("/meetings");
    await expect(page.locator("table tbody tr").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "+ Lập cuộc họp" })).toHaveCount(0);
    await shot(page, info, "ubkt", "meetings");
  });
});

test.describe("the demo school's năm học (chutich@demo.vn)", () => {
  // Worked out by hand from the suite's day: a năm học runs 01/09 to 31/08 and is named by both years.
  const month = TODAY.getUTCMonth() + 1;
  const start = month >= 9 ? THIS_YEAR : THIS_YEAR - 1;
  const lastSchoolYear = `${start - 1}–${start}`;

  test("runs on the năm học, and last năm học's papers print as 'NĂM HỌC …'", async ({ page }, info) => {
    expect(DEMO_YEAR).toBe(start);
    await land(page, info, "chair");
    await page.goto("/settings");
    const card = page.getByTestId("cycle-card");
    await expect(card).toContainText("Năm học, bắt đầu ngày 01/09 hằng năm");
    await expect(card).toContainText(`Năm học ${start}–${start + 1} (01/09/${start} – 31/08/${start + 1})`);
    await shot(page, info, "chair", "cycle");

    // Last năm học is finalised and published, and its TỔNG HỢP carries its name in the title.
    const res = await page.request.get(`/api/rating/summary?year=${start - 1}&format=pdf`);
    expect(res.status()).toBe(200);
    const text = pdfText(await res.body());
    expect(text).toContain(`TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN NĂM HỌC ${lastSchoolYear}`);
    // Dated by the BCH's decision (the decision meeting of 05/06, near the end of that năm học),
    // not the day it is printed.
    expect(text).toContain(`Đà Nẵng, ngày 05 tháng 06 năm ${start}`);
    expect(text).toContain(`số 12/NQ-CĐCS ngày 05/06/${start}`);
  });
});
