// The demo unit's annual rating: 2025 fully rated and published; 2026 in tổ review.
import type { DemoContext } from "./context";

export async function seedRating(_ctx: DemoContext): Promise<void> {}
