// The demo unit's emulation. Filled in by the emulation feature.
import type { DemoContext } from "./context";

export async function seedEmulation(_ctx: DemoContext) {}
