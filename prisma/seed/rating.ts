// The demo unit's annual rating: 2025 fully rated and published; 2026 in tổ review (today is
// 22/11/2026). Written through Prisma directly, as the other seeds are; the exclusions and the
// quota use the app's own rules (lib/rating/exclusions.ts, lib/rating/quota.ts).
import type { DemoContext } from "./context";
import { seedRating2025 } from "./rating-2025";
import { seedRating2026 } from "./rating-2026";
import { ratingKit } from "./rating-kit";

export async function seedRating(ctx: DemoContext): Promise<void> {
  const kit = ratingKit(ctx);
  await seedRating2025(ctx, kit);
  await seedRating2026(ctx, kit);
}
