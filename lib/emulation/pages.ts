// The pages an emulation change makes stale: the BCH's screens under /emulation and the member's
// under /me (the todo card, the registration, the self-assessment). Pages with a dynamic segment
// (/emulation/groups/[groupId], /emulation/years/[year]) read the database on every request.
export const EMULATION_PAGES = [
  "/emulation",
  "/emulation/registrations",
  "/emulation/catalogue",
  "/me",
  "/me/emulation",
  "/me/emulation/assessment",
  "/me/rating",
];
