// The demo unit's welfare. Filled in by the welfare feature.
import type { DemoContext } from "./context";

export async function seedWelfare(_ctx: DemoContext) {}
