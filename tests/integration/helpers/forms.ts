// Valid form payloads, as the member forms would send them.
import { randomUUID } from "node:crypto";
import { toFormValues } from "@/lib/members/mapping";
import type { MemberFormValues } from "@/lib/members/schema";

export function newMemberForm(groupId: string, overrides: Partial<MemberFormValues> = {}): MemberFormValues {
  return {
    fullName: "Nguyễn Thị Ánh Tuyết",
    gender: "FEMALE",
    dateOfBirth: "1990-03-08",
    idNumber: "",
    hometown: "Tam Kỳ, Quảng Nam",
    ethnicity: "Kinh",
    phone: "0912345678",
    email: "",
    jobTitle: "Giáo viên",
    department: "",
    qualification: "Đại học",
    isPartyMember: false,
    partyJoinedOn: "",
    contractType: "Viên chức",
    cardNumber: `CD-${randomUUID().slice(0, 8)}`,
    joinedUnionOn: "2015-09-05",
    insuranceSalary: "",
    groupId,
    note: "",
    ...overrides,
  };
}

/** The edit form for a stored member, pre-filled as the edit page does. */
export function editForm(
  member: Parameters<typeof toFormValues>[0],
  overrides: Partial<MemberFormValues> = {},
): MemberFormValues {
  return { ...toFormValues(member), ...overrides };
}
