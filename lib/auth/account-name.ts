// The name the app shows for a signed-in account (the header, "trả lời bởi …"): the member's full
// name; an account of a cấp trên keeps no member record here, so it goes by its organisation's
// name; any other account without one (a system administrator) by its e-mail.
export function accountName(user: {
  email: string;
  unitName: string;
  upperOffice: string | null;
  member: { fullName: string } | null;
}): string {
  if (user.member) return user.member.fullName;
  return user.upperOffice ? user.unitName : user.email;
}
