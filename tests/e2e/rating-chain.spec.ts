// The annual rating end to end for one tổ, in its own year (CHAIN_YEAR = DEMO_YEAR + 2, see
// rating-kit.ts): members have self-assessed; the tổ trưởng records scores, votes and proposals and
// submits; the BCH decides with the quota meter moving; an over-quota choice is blocked in BLOCK
// mode and accepted with a justification in WARN mode; the BCH finalises; the locked year refuses
// changes by page and by action; the member sees the result only after publication; the chủ tịch
// downloads the one-click PDF.
import { expect, test, type Page } from "@playwright/test";
import { callAction } from "./actions";
import { e2eDb } from "./db";
import { login, toast } from "./helpers";
import { buildChainYear, CHAIN_YEAR, chainUnit, decideOtherGroups, dropChainYear } from "./rating-kit";
import { pdfText } from "../support/documents";
import { demoYearTitle, demoYearLabel, demoYearHeading } from "../support/today";

test.describe.configure({ mode: "serial" });

const Y = `year=${CHAIN_YEAR}`;
const meter = (page: Page) => page.locator('section[data-meter="Toàn CĐCS"]');

async function setQuotaMode(page: Page, mode: "Chặn" | "Cảnh báo") {
  await page.goto(`/rating/settings?${Y}`);
  const select = page.getByLabel("Áp dụng tỉ lệ");
  const option = select.locator("option", { hasText: mode });
  await select.selectOption({ value: (await option.getAttribute("value"))! });
  await page.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(toast(page, "success")).toBeVisible();
}

const ratingAction = async (page: Page, file: string, name: string, args: unknown[]) =>
  (await callAction(page, name, args, "/me", file)).body;

test("the full chain for a tổ: review, BCH decision under the quota, finalise, publish, one-click PDF", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const db = e2eDb();
  await dropChainYear();
  const built = await buildChainYear();
  const { group, member } = await chainUnit();
  const [XS, TOT] = built.levels;

  // 1. The chủ tịch opens the year's rating and switches the quota to BLOCK mode.
  const chair = await (await browser.newContext()).newPage();
  await login(chair, "chair");
  await chair.goto(`/rating?${Y}`);
  await chair.getByRole("button", { name: `Mở đánh giá, xếp loại ${demoYearLabel(CHAIN_YEAR)}` }).click();
  await expect(chair.getByTestId("decision-table")).toBeVisible();
  const ry = await db.ratingYear.findFirstOrThrow({
    where: { year: CHAIN_YEAR, unit: { groups: { some: { id: group.id } } } },
  });
  await setQuotaMode(chair, "Chặn");
  expect((await db.ratingYear.findUniqueOrThrow({ where: { id: ry.id } })).quotaMode).toBe("BLOCK");

  // 2. The tổ trưởng opens the tổ review, linked to the tổ's bình xét meeting, and records each member.
  const leader = await (await browser.newContext()).newPage();
  await login(leader, "leader");
  await leader.goto(`/rating/groups/${group.id}?${Y}`);
  // Other specs may add members to this tổ while this one runs: they have no CHAIN_YEAR registration, so
  // they are excluded (not rated) and get no proposal.
  const groupRows = () =>
    db.memberRating.findMany({
      where: { ratingYearId: ry.id, groupId: group.id },
      include: { member: true },
      orderBy: { member: { sortName: "asc" } },
    });
  const present = (await groupRows()).length;
  const reviewMeeting = await db.meeting.findFirstOrThrow({
    where: { groupId: group.id, year: CHAIN_YEAR, type: "GROUP_REVIEW" },
  });
  await leader.getByLabel("Cuộc họp tổ bình xét").selectOption(reviewMeeting.id);
  await leader.getByLabel("Số người dự họp").fill(String(present));
  await leader.getByRole("button", { name: "Mở bình xét" }).click();
  await expect(leader.getByTestId("member-review").first()).toBeVisible();
  const rows = (await groupRows()).filter((r) => !r.excludedReason);

  // The member proposed for "xuất sắc": the member of the demo (doanvien@demo.vn), so they can look later.
  const star = rows.find((r) => r.memberId === member.id)!;
  const criteria = built.year.criteria;
  for (const [i, r] of rows.entries()) {
    const card = leader.locator(`[data-testid="member-review"][data-member="${r.member.fullName}"]`);
    await card.locator("summary").click();
    if (i === 0) {
      // The tổ scores one criterion lower than the member did: a giải trình is required.
      await card.getByLabel("Tổ chấm (tiêu chí 1)").fill(String(criteria[0].maxPoints - 3));
      await card.getByLabel("Số phiếu đồng ý").fill(String(present + 1));
      await card.getByRole("button", { name: "Lưu" }).click();
      await expect(card.locator(`[data-field-error="scores.${criteria[0].id}.explanation"]`)).toHaveText(
        "Tổ chấm khác điểm tự chấm: cần ghi giải trình.",
      );
      // More votes than people present: refused next to the field.
      await expect(card.locator(`[data-field-error="m-${r.id}-for"]`)).toContainText(
        `vượt số người dự họp (${present})`,
      );
      await card.getByLabel("Giải trình (tiêu chí 1)").fill("Còn chậm nộp hồ sơ chuyên môn học kỳ I.");
    }
    await card.getByLabel("Mức đề xuất của tổ").selectOption(r.id === star.id ? XS : TOT);
    await card.getByLabel("Số phiếu đồng ý").fill(String(present - 1));
    await card.getByLabel("Số phiếu không đồng ý").fill("1");
    await card.getByRole("button", { name: "Lưu" }).click();
    await expect(toast(leader, "success").filter({ hasText: r.member.fullName })).toBeVisible();
    await card.locator("summary").click();
  }
  const scored = await db.emulationScore.findFirstOrThrow({
    where: { assessment: { yearId: built.year.id, memberId: rows[0].memberId }, criterionId: criteria[0].id },
  });
  expect(scored).toMatchObject({
    groupPoints: criteria[0].maxPoints - 3,
    explanation: "Còn chậm nộp hồ sơ chuyên môn học kỳ I.",
  });
  await leader.getByRole("button", { name: "Gửi đề xuất của tổ" }).click();
  await leader.getByRole("dialog").getByRole("button", { name: /Gửi/ }).click();
  await expect
    .poll(
      async () =>
        (await db.groupReview.findFirstOrThrow({ where: { ratingYearId: ry.id, groupId: group.id } })).state,
    )
    .toBe("SUBMITTED");
  expect(
    await db.memberRating.count({
      where: {
        ratingYearId: ry.id,
        groupId: group.id,
        excludedReason: null,
        proposedLevel: { not: null },
        votesFor: present - 1,
      },
    }),
  ).toBe(rows.length);

  // A tổ trưởng cannot decide final levels, even by calling the action.
  const refused = await ratingAction(leader, "lib/rating/decision/actions.ts", "decideMemberLevelAction", [
    { memberRatingId: star.id, version: star.version, level: XS, exceptionReason: "" },
  ]);
  expect(refused).toContain("FORBIDDEN");

  // 3. The other tổ were decided earlier: the CĐCS is exactly at its quota.
  const quota = await decideOtherGroups(ry.id, group.id, built.levels);
  await chair.goto(`/rating?${Y}&groupId=${group.id}`);
  await expect(meter(chair).getByTestId("quota-state")).toHaveText("Đã đủ tỉ lệ");
  const row = chair.locator(`tr[data-member="${member.fullName}"]`);
  await expect(row.locator('[data-col="proposed"]')).toContainText(XS);
  // Choosing "xuất sắc" moves the meter before anything is saved…
  const topCount = meter(chair).locator(`li[data-level="${XS}"] [data-testid="level-count"]`);
  await expect(topCount).toContainText(String(quota.top));
  await row.getByLabel(`Mức cuối cùng của ${member.fullName}`).selectOption(XS);
  await expect(topCount).toContainText(String(quota.top + 1));
  await expect(meter(chair).getByTestId("quota-state")).toHaveText("Vượt tỉ lệ");
  // …and BLOCK mode refuses to save it, next to the field, the database unchanged.
  await row.getByRole("button", { name: "Lưu mức xếp loại" }).click();
  await expect(row.locator('[data-field-error="level"]')).toContainText(/tỉ lệ/);
  expect((await db.memberRating.findUniqueOrThrow({ where: { id: star.id } })).finalLevel).toBeNull();

  // 4. WARN mode: the same choice needs a written justification, then it is accepted.
  await setQuotaMode(chair, "Cảnh báo");
  await chair.goto(`/rating?${Y}&groupId=${group.id}`);
  // Right after goto: the select is disabled until the page has hydrated (decision-cell.tsx), so
  // selectOption waits for that instead of choosing into a page that drops the choice.
  await row.getByLabel(`Mức cuối cùng của ${member.fullName}`).selectOption(XS);
  await row.getByRole("button", { name: "Lưu mức xếp loại" }).click();
  await expect(row.locator('[data-field-error="exceptionReason"]')).toBeVisible();
  expect((await db.memberRating.findUniqueOrThrow({ where: { id: star.id } })).finalLevel).toBeNull();
  const why = "Giáo viên dạy giỏi cấp tỉnh, hai sáng kiến được công nhận trong năm.";
  await row.getByLabel("Giải trình ngoại lệ").fill(why);
  await row.getByRole("button", { name: "Lưu mức xếp loại" }).click();
  await expect(toast(chair, "success")).toBeVisible();
  expect(await db.memberRating.findUniqueOrThrow({ where: { id: star.id } })).toMatchObject({
    finalLevel: XS,
    exceptionReason: why,
  });

  // The rest of the tổ: the BCH accepts the tổ's proposals in one go.
  await chair.getByRole("button", { name: "Chấp nhận đề xuất của tổ" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Chấp nhận" }).click();
  await expect
    .poll(() =>
      db.memberRating.count({ where: { ratingYearId: ry.id, excludedReason: null, finalLevel: null } }),
    )
    .toBe(0);

  // 5. The decision is linked to the BCH meeting, then finalised.
  await chair.goto(`/rating?${Y}`);
  const bchMeeting = await db.meeting.findFirstOrThrow({
    where: { unitId: ry.unitId, year: CHAIN_YEAR, type: "BCH_REGULAR" },
  });
  await chair.getByLabel("Cuộc họp Ban Chấp hành").selectOption(bchMeeting.id);
  await chair.getByLabel("Số nghị quyết / quyết định").fill(`Số: 15/NQ-CĐCS`);
  await chair.getByLabel("Ngày ban hành").fill(`12/12/${CHAIN_YEAR}`);
  await chair.getByRole("button", { name: "Lưu quyết định" }).click();
  await expect(toast(chair, "success")).toBeVisible();

  // Before publication the member sees nothing of it.
  const doanvien = await (await browser.newContext()).newPage();
  await login(doanvien, "member");
  await doanvien.goto("/me/rating");
  const card = doanvien
    .locator("section")
    .filter({ has: doanvien.getByRole("heading", { name: demoYearHeading(CHAIN_YEAR) }) });
  if (await card.count()) await expect(card).not.toContainText(XS);
  expect(await doanvien.content()).not.toContain(why);

  await chair.goto(`/rating?${Y}`);
  // The chain rated one tổ of the demo's several: the checklist lists what is missing, and the page
  // does not claim the year is ready.
  await expect(chair.getByTestId("finalise-missing")).toContainText("tổ chưa mở bình xét");
  await expect(chair.getByTestId("finalise-ready")).toHaveCount(0);
  await chair.getByRole("button", { name: "Chốt kết quả dù còn thiếu…" }).click();
  const dialog = chair.getByRole("dialog");
  await dialog.getByRole("button", { name: "Chốt dù còn thiếu" }).click();
  await expect(dialog.getByText("Nhập lý do chốt khi còn thiếu (ít nhất 10 ký tự).")).toBeVisible();
  const override = "Cấp trên yêu cầu nộp kết quả trước ngày 25/12";
  await dialog.getByLabel(/Lý do chốt khi còn thiếu/).fill(override);
  await dialog.getByRole("button", { name: "Chốt dù còn thiếu" }).click();
  await expect(chair.getByTestId("locked-banner")).toContainText("đã chốt");
  await expect(chair.getByTestId("finalise-override")).toContainText(override);
  const finalised = await db.ratingYear.findUniqueOrThrow({ where: { id: ry.id } });
  expect(finalised.status).toBe("FINALISED");
  expect(finalised.finaliseOverrideReason).toBe(override);
  expect(finalised.publishedAt).toBeNull();
  expect(await db.memberRating.count({ where: { ratingYearId: ry.id, finalisedAt: null } })).toBe(0);

  // 6. The locked year refuses changes: no forms on the pages, and a direct action call is refused.
  await expect(chair.getByRole("button", { name: "Lưu mức xếp loại" })).toHaveCount(0);
  await leader.goto(`/rating/groups/${group.id}?${Y}`);
  await expect(leader.getByRole("button", { name: "Lưu" })).toHaveCount(0);
  const before = await db.memberRating.findMany({ where: { ratingYearId: ry.id }, orderBy: { id: "asc" } });
  const locked = await ratingAction(chair, "lib/rating/decision/actions.ts", "decideMemberLevelAction", [
    {
      memberRatingId: star.id,
      version: (await db.memberRating.findUniqueOrThrow({ where: { id: star.id } })).version,
      level: TOT,
      exceptionReason: "",
    },
  ]);
  expect(locked).toContain("đã chốt");
  expect(await db.memberRating.findMany({ where: { ratingYearId: ry.id }, orderBy: { id: "asc" } })).toEqual(
    before,
  );

  // Still unpublished: the member sees "Chưa công bố".
  await doanvien.goto("/me/rating");
  await expect(card).toContainText("Chưa công bố");
  await expect(card).not.toContainText(XS);

  // 7. Publication: now the member sees their own level.
  await chair.getByRole("button", { name: "Công bố" }).click();
  await chair
    .getByRole("dialog")
    .getByRole("button", { name: /Xác nhận/ })
    .click();
  await expect
    .poll(async () => (await db.ratingYear.findUniqueOrThrow({ where: { id: ry.id } })).publishedAt)
    .not.toBeNull();
  await doanvien.goto("/me/rating");
  await expect(card.getByTestId("own-level")).toHaveText(XS);

  // 8. The chủ tịch prints everything for the year in one click: one PDF.
  await chair.goto(`/print/rating?${Y}`);
  const link = chair.getByRole("link", { name: `In tất cả báo cáo năm ${CHAIN_YEAR} (một tệp PDF)` });
  const res = await chair.context().request.get((await link.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/pdf");
  const text = pdfText(new Uint8Array(await res.body()));
  expect(text).toContain(`TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN ${demoYearTitle(CHAIN_YEAR)}`);
  expect(text).toContain("BIÊN BẢN HỌP TỔ CÔNG ĐOÀN");
  expect(text).toContain(
    `BÁO CÁO TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG HOẠT ĐỘNG CĐCS ${demoYearTitle(CHAIN_YEAR)}`,
  );
  expect(text).toContain("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
  expect(text).toContain("Giáo viên dạy giỏi cấp tỉnh");
});
