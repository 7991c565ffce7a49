// What the demo seed hands to each feature's seed: the unit as built, so that every feature tells
// its part of the same story (the same people, tổ and term).
import type { Story } from "./story";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export type DemoMember = {
  id: string;
  fullName: string;
  groupId: string;
  gender: "MALE" | "FEMALE";
  active: boolean;
};
export type DemoContext = {
  db: PrismaClient;
  unitId: string;
  termId: string;
  groups: { id: string; name: string }[];
  /** Every member, in seed order. */
  members: DemoMember[];
  /** Named people: full name → member, e.g. byName("Trần Thị Thu Hà") is the chủ tịch. */
  byName: (fullName: string) => DemoMember;
  /** Demo sign-in accounts: email → user id. */
  userIdOf: (email: string) => string;
  /** A deterministic random number in [0, 1). */
  random: () => number;
  /** The story's dates, as of the seeding day (story.ts): meetings, welfare, membership. */
  story: Story;
  /** The same story told on the năm học (makeSchoolYearStory): emulation and rating. */
  yearStory: Story;
};
