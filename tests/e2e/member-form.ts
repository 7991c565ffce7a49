// Filling the member form (/members/new, /members/<id>/edit) by its visible labels.
import type { Page } from "@playwright/test";

export type MemberFormInput = {
  fullName?: string;
  gender?: "Nam" | "Nữ";
  dateOfBirth?: string; // yyyy-MM-dd, as <input type="date"> takes it
  joinedUnionOn?: string;
  groupName?: string;
  cardNumber?: string;
  phone?: string;
};

export async function fillMemberForm(page: Page, v: MemberFormInput) {
  if (v.fullName !== undefined) await page.getByLabel("Họ và tên").fill(v.fullName);
  if (v.gender) await page.getByLabel("Giới tính").selectOption({ label: v.gender });
  if (v.dateOfBirth !== undefined) await page.getByLabel("Ngày sinh").fill(v.dateOfBirth);
  if (v.phone !== undefined) await page.getByLabel("Điện thoại").fill(v.phone);
  if (v.cardNumber !== undefined) await page.getByLabel("Số thẻ đoàn viên").fill(v.cardNumber);
  if (v.joinedUnionOn !== undefined) await page.getByLabel("Ngày vào công đoàn").fill(v.joinedUnionOn);
  if (v.groupName) await page.getByLabel("Tổ công đoàn").selectOption({ label: v.groupName });
}

export const submitNewMember = (page: Page) =>
  page.getByRole("button", { name: "Thêm đoàn viên", exact: true });
