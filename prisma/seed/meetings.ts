// The demo unit's meetings. Filled in by the meetings feature.
import type { DemoContext } from "./context";

export async function seedMeetings(_ctx: DemoContext) {}
