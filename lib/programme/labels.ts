// Words of the programme screens and papers. Client-safe.
import type { ProgrammeState } from "./rules";

export const STATE_LABELS: Record<ProgrammeState, string> = {
  PLANNED: "Kế hoạch",
  DONE: "Đã thực hiện",
  MOVED: "Đã chuyển kỳ",
  DROPPED: "Không thực hiện",
};

export const STATE_TONES: Record<ProgrammeState, "gray" | "green" | "amber" | "red"> = {
  PLANNED: "gray",
  DONE: "green",
  MOVED: "amber",
  DROPPED: "red",
};

export const LINK_KINDS: Record<string, { label: string; href: (id: string) => string }> = {
  meeting: { label: "Cuộc họp", href: (id) => `/meetings/${id}` },
  movement: { label: "Phong trào thi đua", href: () => `/emulation` },
  welfareVisit: { label: "Thăm hỏi", href: (id) => `/welfare/${id}` },
};

export const linkHref = (kind: string | null, id: string | null) =>
  kind && id && LINK_KINDS[kind] ? LINK_KINDS[kind].href(id) : null;
