// A BCH member's meeting from plan to signed minutes (attendance on a phone), the vote limit,
// reopening (audited), and a member kept away from draft minutes they were not invited to.
import { expect, test, type Page } from "@playwright/test";
import { callAction } from "./actions";
import { demoUnit, memberOfAccount, uniqueToken } from "./data";
import { e2eDb } from "./db";
import { expectNotFound, fieldError, login, toast } from "./helpers";
import { daysFromToday, isoDay, SUITE_MOMENT, THIS_YEAR, TODAY, typed } from "../support/today";

const MEETINGS = "lib/meetings/actions.ts";

const callMeetingAction = (page: Page, name: string, arg: unknown, path: string) =>
  callAction(page, name, [arg], path, MEETINGS);

/** A BCH meeting made straight in the database, in the given state. */
async function bchMeeting(status: "MINUTES_DRAFT" | "MINUTES_SIGNED", chairEmail = "uyvien@demo.vn") {
  const unit = await demoUnit();
  const chair = await memberOfAccount(chairEmail);
  const db = e2eDb();
  return db.meeting.create({
    data: {
      unitId: unit.id,
      type: "BCH_EXTRAORDINARY",
      year: 2099,
      number: Math.floor(Math.random() * 1e6),
      title: `Họp BCH bất thường ${uniqueToken()}`,
      startsAt: new Date(`${isoDay(daysFromToday(-1))}T07:00:00Z`), // yesterday, 14:00 in Vietnam
      place: "Phòng họp Hội đồng",
      chairMemberId: chair.id,
      secretaryMemberId: chair.id,
      status,
      signedAt: status === "MINUTES_SIGNED" ? SUITE_MOMENT : null,
      agendaItems: {
        create: [
          { position: 0, title: "Kỷ luật đoàn viên", isMain: true, conclusion: "Kết luận mật chưa công bố" },
        ],
      },
      invitees: { create: [{ memberId: chair.id, attendance: "PRESENT" }] },
    },
  });
}

test("a BCH member plans a meeting, ticks attendance on a phone, minutes it with a vote and a decision, signs it and sees it locked", async ({
  page,
}) => {
  await login(page, "bch");
  const title = `Họp BCH thử ${uniqueToken()}`;
  await page.goto("/meetings/new");
  await page.getByLabel("Tên cuộc họp").fill(title);
  await page.getByLabel("Ngày họp").fill(typed(TODAY)); // held today
  await page.getByLabel("Giờ bắt đầu").fill("14:00");
  await page.getByLabel("Địa điểm").fill("Phòng họp Hội đồng");
  await page.getByLabel("Thư ký").selectOption({ label: "Hồ Thị Phượng (Tổ Văn phòng)" });
  await page.getByLabel("Nội dung 1", { exact: true }).fill(`Chuẩn bị tổng kết năm ${THIS_YEAR}`);
  for (const n of [2, 3]) {
    await page.getByRole("button", { name: "+ Thêm nội dung" }).click();
    await page.getByLabel(`Nội dung ${n}`, { exact: true }).fill(`Nội dung chính thứ ${n}`);
    await page
      .getByRole("checkbox", { name: "Nội dung chính" })
      .nth(n - 1)
      .check();
  }
  await expect(page.getByTestId("main-topic-warning")).toBeVisible(); // a warning, not a block
  await page.getByRole("button", { name: "Bỏ nội dung 3" }).click();
  await expect(page.getByTestId("main-topic-warning")).toBeHidden();
  await page.getByRole("button", { name: "Lập cuộc họp" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const meetingId = page.url().split("/").pop()!;
  await expect(page.getByTestId("attendance-summary")).toContainText("0/5");

  await page.getByRole("button", { name: "Đánh dấu đã họp" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Đã họp" }).click();
  await expect(toast(page, "success").filter({ hasText: "Đã họp" })).toBeVisible();

  // At the door, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/meetings/${meetingId}/attendance`);
  await page.getByPlaceholder("Tìm tên…").fill("thu ha");
  await page.getByRole("radio", { name: "Trần Thị Thu Hà: Có mặt" }).click();
  await page.getByPlaceholder("Tìm tên…").fill("");
  for (const name of ["Hoàng Văn Nam", "Võ Thị Ngọc Ánh"])
    await page.getByRole("radio", { name: `${name}: Có mặt` }).click();
  await page.getByRole("radio", { name: "Huỳnh Đức Thắng: Vắng có lý do" }).click();
  await page.getByLabel("Lý do vắng của Huỳnh Đức Thắng").fill("Đi tập huấn tại Sở");
  await page.getByRole("radio", { name: "Hồ Thị Phượng: Vắng không lý do" }).click();
  await expect(page.getByTestId("present-count")).toHaveText("3/5");
  const box = await page.getByRole("radio", { name: "Hoàng Văn Nam: Có mặt" }).boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44); // a thumb-sized target
  await page.getByRole("button", { name: "Lưu điểm danh (5)" }).click();
  await expect(toast(page, "success").filter({ hasText: "5 thay đổi" })).toBeVisible();
  const db = e2eDb();
  expect(await db.meetingInvitee.count({ where: { meetingId, attendance: "PRESENT" } })).toBe(3);
  expect(
    await db.meetingInvitee.findFirst({ where: { meetingId, absenceReason: "Đi tập huấn tại Sở" } }),
  ).not.toBeNull();
  await page.setViewportSize({ width: 1280, height: 800 });

  // Minutes: a vote above those present is refused next to the vote field.
  await page.goto(`/meetings/${meetingId}/minutes`);
  await page.getByLabel("Ý kiến thảo luận").first().fill("Các ủy viên thống nhất lịch tổng kết.");
  await page.getByLabel("Tán thành", { exact: true }).first().fill("4");
  await page.getByLabel("Không tán thành", { exact: true }).first().fill("0");
  await page.getByLabel("Kết luận của chủ trì").first().fill(`Tổng kết vào ngày 25/12/${THIS_YEAR}.`);
  await page.getByRole("button", { name: "Lưu biên bản" }).click();
  await expect(fieldError(page, "items.0.votes")).toHaveText(
    "Tổng số phiếu (4) vượt quá số người có mặt (3).",
  );
  expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).status).toBe("HELD");
  await page.getByLabel("Tán thành", { exact: true }).first().fill("3");
  await page.getByRole("button", { name: "Lưu biên bản" }).click();
  await expect(page.getByTestId("vote-line").first()).toHaveText(
    "Tán thành 3 · Không tán thành 0 · Ý kiến khác 0",
  );

  await page.getByRole("button", { name: "+ Thêm quyết định" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Nội dung").fill("Chuẩn bị báo cáo tổng kết");
  await dialog.getByLabel("Người thực hiện").selectOption({ label: "Hồ Thị Phượng (Tổ Văn phòng)" });
  await dialog.getByLabel("Hạn hoàn thành").fill(typed(daysFromToday(28)));
  await dialog.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(page.getByTestId("decisions")).toContainText("Chuẩn bị báo cáo tổng kết");

  await page.getByRole("button", { name: "Ký biên bản" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ký biên bản" }).click();
  await expect(page.getByTestId("locked-note")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ghi biên bản" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Điểm danh" })).toHaveCount(0);
  await page.goto(`/meetings/${meetingId}/minutes`);
  await expect(page.getByText("Biên bản đã ký nên đã khóa.")).toBeVisible();
  const m = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  expect(m.status).toBe("MINUTES_SIGNED");
  const refused = await callMeetingAction(
    page,
    "saveMeetingAttendanceAction",
    { meetingId, marks: [] },
    `/meetings/${meetingId}`,
  );
  expect(refused.body).toContain("đã ký nên đã khóa");
  expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).version).toBe(m.version);
});

test("the chủ tịch reopens signed minutes with a reason, and the reopening is audited", async ({ page }) => {
  const m = await bchMeeting("MINUTES_SIGNED");
  await login(page, "chair");
  await page.goto(`/meetings/${m.id}`);
  await page.getByRole("button", { name: "Mở lại biên bản" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Mở lại" }).click();
  await expect(fieldError(page, "reopen-reason")).toBeVisible();
  await page.getByLabel("Lý do mở lại").fill("Ghi nhầm số phiếu biểu quyết");
  await page.getByRole("dialog").getByRole("button", { name: "Mở lại" }).click();
  await expect(page.getByTestId("meeting-history")).toContainText("Mở lại biên bản");
  await expect(page.getByTestId("meeting-history")).toContainText("Lý do: Ghi nhầm số phiếu biểu quyết");
  const db = e2eDb();
  expect((await db.meeting.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("MINUTES_DRAFT");
  const chair = await db.user.findUniqueOrThrow({ where: { email: "chutich@demo.vn" } });
  const audit = await db.auditLog.findFirstOrThrow({
    where: { entityId: m.id, action: "meeting.minutes.reopen" },
  });
  expect(audit.actorUserId).toBe(chair.id);
  expect(audit.after).toMatchObject({ reason: "Ghi nhầm số phiếu biểu quyết" });
});

test("a member cannot open the draft minutes of a meeting they were not invited to, by page or by action", async ({
  page,
}) => {
  const m = await bchMeeting("MINUTES_DRAFT");
  const before = JSON.stringify(await e2eDb().meeting.findUniqueOrThrow({ where: { id: m.id } }));
  await login(page, "member");
  await expectNotFound(page, `/meetings/${m.id}`);
  await expectNotFound(page, `/print/meetings/${m.id}`);
  expect((await page.request.get(`/api/meetings/${m.id}/pdf`)).status()).toBe(404);
  await page.goto("/me");
  for (const [name, arg] of [
    ["reopenMinutesAction", { meetingId: m.id, reason: "Tò mò muốn xem" }],
    ["signMinutesAction", { meetingId: m.id }],
    [
      "saveMinutesAction",
      {
        meetingId: m.id,
        version: 1,
        endTime: "",
        items: [
          {
            title: "X y",
            isMain: true,
            discussion: "",
            votesFor: "",
            votesAgainst: "",
            votesOther: "",
            conclusion: "",
          },
        ],
      },
    ],
  ] as const) {
    const r = await callMeetingAction(page, name, arg, "/me");
    expect(r.body).not.toContain("Kết luận mật");
    expect(r.body).toMatch(/"ok":false/);
  }
  expect(JSON.stringify(await e2eDb().meeting.findUniqueOrThrow({ where: { id: m.id } }))).toBe(before);
});

test("a signed meeting's edit page says the minutes are signed and links back, never 'Không tìm thấy trang'", async ({
  page,
}) => {
  const m = await bchMeeting("MINUTES_SIGNED");
  await login(page, "chair");
  const response = await page.goto(`/meetings/${m.id}/edit`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toHaveCount(0);
  const note = page.getByTestId("meeting-signed");
  await expect(note).toContainText("đã ký lúc");
  await expect(note).toContainText("không sửa được thông tin cuộc họp");
  await expect(page.getByLabel("Tên cuộc họp")).toHaveCount(0);
  await page.getByRole("link", { name: "← Về trang cuộc họp" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${m.id}$`));
  await expect(page.getByTestId("locked-note")).toContainText(
    /đã ký lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/,
  );
});

test("choosing Sinh hoạt tổ invites the tổ's members, and the invitation follows the type", async ({
  page,
}) => {
  await login(page, "chair");
  await page.goto("/meetings/new");
  const invite = page.getByLabel("Mời dự");
  await expect(invite).toHaveValue("bch");
  await page.getByLabel("Loại cuộc họp").selectOption({ label: "Sinh hoạt tổ công đoàn" });
  await expect(invite).toHaveValue("group");
  await expect(invite.locator("option")).toHaveText(["Đoàn viên của tổ đã chọn", "Chưa mời ai"]);
  await page.getByLabel("Tổ công đoàn").selectOption({ label: "Tổ Toán – Tin" });
  await expect(invite.locator("option").first()).toHaveText("Đoàn viên của Tổ Toán – Tin");
  await page.getByLabel("Loại cuộc họp").selectOption({ label: "Hội nghị CBCCVC / người lao động" });
  await expect(invite).toHaveValue("unit");
  await page.getByLabel("Loại cuộc họp").selectOption({ label: "Sinh hoạt tổ công đoàn" });
  await expect(invite).toHaveValue("group");

  const title = `Sinh hoạt tổ thử ${uniqueToken()}`;
  await page.getByLabel("Tên cuộc họp").fill(title);
  await page.getByLabel("Ngày họp").fill(typed(daysFromToday(3)));
  await page.getByLabel("Giờ bắt đầu").fill("16:30");
  await page.getByLabel("Địa điểm").fill("Phòng tổ Toán");
  await page.getByLabel("Nội dung 1", { exact: true }).fill("Triển khai kế hoạch tháng");
  await page.getByRole("button", { name: "Lập cuộc họp" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  const meetingId = page.url().split("/").pop()!;
  const db = e2eDb();
  const unit = await demoUnit();
  const group = await db.group.findFirstOrThrow({ where: { unitId: unit.id, name: "Tổ Toán – Tin" } });
  const members = await db.member.findMany({
    where: { unitId: unit.id, groupId: group.id, status: { in: ["ACTIVE", "SUSPENDED"] } },
    select: { id: true },
  });
  const invited = await db.meetingInvitee.findMany({ where: { meetingId }, select: { memberId: true } });
  expect(members.length).toBeGreaterThan(0);
  expect(invited.map((i) => i.memberId).sort()).toEqual(members.map((x) => x.id).sort());
});
