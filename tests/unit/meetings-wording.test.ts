// The meetings' words: the closing line of the minutes, the signed-at stamp, and who a meeting type
// invites by default.
import { describe, expect, it } from "vitest";
import { formatAtMoment } from "@/lib/format";
import { defaultInvite, inviteChoices } from "@/lib/meetings/invite-defaults";
import { closingLine } from "@/lib/meetings/minutes/minutes-sections";

describe("the closing line of the minutes", () => {
  it("says the minutes were read and approved at the meeting, never 'before the meeting'", () => {
    expect(closingLine("16 giờ 30 phút")).toBe(
      "Biên bản đã được đọc lại và thông qua tại cuộc họp. Cuộc họp kết thúc lúc 16 giờ 30 phút.",
    );
    expect(closingLine(null)).toBe("Biên bản đã được đọc lại và thông qua tại cuộc họp.");
  });
});

describe("a signed-at stamp", () => {
  it("reads 'lúc HH:mm ngày dd/MM/yyyy' in Hà Nội time", () => {
    // 12:17 UTC is 19:17 in Hà Nội.
    expect(formatAtMoment(new Date("2026-12-06T12:17:00.000Z"))).toBe("lúc 19:17 ngày 06/12/2026");
    // 18:05 UTC on the 31st is already the 1st in Hà Nội.
    expect(formatAtMoment(new Date("2026-12-31T18:05:00.000Z"))).toBe("lúc 01:05 ngày 01/01/2027");
    expect(formatAtMoment(null)).toBe("");
  });
});

describe("who a meeting type invites", () => {
  it("a sinh hoạt tổ invites the tổ; a BCH meeting the BCH; a hội nghị everyone", () => {
    expect(defaultInvite("GROUP", false)).toBe("group");
    expect(defaultInvite("GROUP_REVIEW", false)).toBe("group");
    expect(defaultInvite("BCH_REGULAR", false)).toBe("bch");
    expect(defaultInvite("BCH_EXTRAORDINARY", false)).toBe("bch");
    expect(defaultInvite("CONFERENCE_STAFF", false)).toBe("unit");
    expect(defaultInvite("CONGRESS", false)).toBe("unit");
    expect(defaultInvite("BCH_REGULAR", true), "a tổ trưởng only invites the tổ").toBe("group");
  });

  it("offers only the tổ (or no one) for a sinh hoạt tổ", () => {
    expect(inviteChoices("GROUP", false)).toEqual(["group", "none"]);
    expect(inviteChoices("BCH_REGULAR", false)).toEqual(["bch", "unit", "group", "none"]);
    expect(inviteChoices("CONFERENCE_STAFF", true)).toEqual(["group", "none"]);
  });
});
