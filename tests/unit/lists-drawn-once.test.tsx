// Issue 19 item 6: the member and tổ lists draw each row once, a table on a desktop that CSS turns
// into cards on a phone (docs/decisions/0099-lists-drawn-once.md), and a tổ's row actions get only
// what they use. Before, each row was drawn twice (table and phone cards) with the whole row passed on.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { GroupsTable } from "@/app/(app)/groups/groups-table";
import { MembersTable } from "@/app/(app)/members/members-table";
import type { GroupRow } from "@/lib/groups/queries";

// The row actions are client components (router, toasts): stand-ins record the props they receive.
const received = vi.hoisted(() => ({ rename: [] as object[], archive: [] as object[] }));
vi.mock("@/app/(app)/groups/group-name-dialog", () => ({
  GroupNameDialog: ({ group }: { group: object }) => (
    received.rename.push(group),
    (<button>Đổi tên</button>)
  ),
}));
vi.mock("@/app/(app)/groups/group-archive-button", () => ({
  GroupArchiveButton: ({ group }: { group: object }) => (
    received.archive.push(group),
    (<button>Lưu trữ</button>)
  ),
}));

const times = (markup: string, text: string) => markup.split(text).length - 1;

describe("MembersTable", () => {
  const member = (id: string, fullName: string, cardNumber: string) => ({
    id,
    fullName,
    gender: "FEMALE" as const,
    dateOfBirth: new Date("1985-03-02T00:00:00Z"),
    cardNumber,
    joinedUnionOn: new Date("2010-09-01T00:00:00Z"),
    status: "ACTIVE" as const,
    jobTitle: "Giáo viên",
    group: { id: "g1", name: "Tổ Ngữ văn" },
  });
  const markup = renderToStaticMarkup(
    <MembersTable
      rows={[member("m1", "Nguyễn Thị An", "4910001"), member("m2", "Trần Thị Bình", "4910002")]}
      sort="name"
      sortHref={(s) => `/members?sort=${s}`}
    />,
  );

  it("draws each member once, in one table", () => {
    expect(times(markup, "Nguyễn Thị An")).toBe(1);
    expect(times(markup, "Trần Thị Bình")).toBe(1);
    expect(times(markup, "4910002")).toBe(1);
    expect(times(markup, 'href="/members/m1"')).toBe(1);
    expect(times(markup, "<table")).toBe(1);
    // The header row and two member rows, kept as rows for screen readers when a phone shows cards.
    expect(times(markup, 'role="row"')).toBe(3);
    expect(times(markup, 'role="cell"')).toBe(14);
  });
});

describe("GroupsTable", () => {
  const group = (id: string, name: string, leader: string): GroupRow => ({
    id,
    name,
    archivedAt: null,
    memberCount: 7,
    leaders: [{ id: `${id}-l`, fullName: leader }],
    deputies: [],
    canOpen: true,
  });
  const markup = renderToStaticMarkup(
    <GroupsTable
      rows={[group("g1", "Tổ Ngoại ngữ", "Đỗ Quang Huy"), group("g2", "Tổ Văn phòng", "Trần Thị Oanh")]}
      canWrite
      memberHref={(id) => `/members/${id}`}
    />,
  );

  it("draws each tổ once, and gives its actions only the id, name and member count", () => {
    expect(times(markup, "Tổ Ngoại ngữ")).toBe(1);
    expect(times(markup, "Trần Thị Oanh")).toBe(1);
    expect(times(markup, 'href="/groups/g2"')).toBe(1);
    expect(times(markup, 'href="/members?group=g1"')).toBe(1);
    expect(received.rename).toEqual([
      { id: "g1", name: "Tổ Ngoại ngữ" },
      { id: "g2", name: "Tổ Văn phòng" },
    ]);
    expect(received.archive).toEqual([
      { id: "g1", name: "Tổ Ngoại ngữ", memberCount: 7 },
      { id: "g2", name: "Tổ Văn phòng", memberCount: 7 },
    ]);
  });
});
