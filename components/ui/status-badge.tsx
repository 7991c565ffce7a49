import { STATUS_LABELS, type MemberStatusCode } from "@/lib/members/labels";
import { Badge } from "./badge";

const TONE = {
  ACTIVE: "green",
  SUSPENDED: "amber",
  TRANSFERRED_OUT: "blue",
  LEFT: "gray",
  RETIRED: "gray",
  EXPELLED: "red",
} as const;

export function StatusBadge({ status }: { status: MemberStatusCode }) {
  return <Badge tone={TONE[status]}>{STATUS_LABELS[status]}</Badge>;
}
