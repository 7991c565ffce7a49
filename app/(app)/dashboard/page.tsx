import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/current-user";
import { dashboardScope } from "@/lib/dashboard/scope";
import { GroupDashboard } from "./group-dashboard";
import { UnitDashboard } from "./unit-dashboard";

export const metadata = { title: "Tổng quan" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The year dashboard: the unit's for the BCH and the UBKT (dashboard.read), one tổ's for its tổ
 * trưởng (dashboard.read.group; ?group= picks one of several tổ they lead).
 */
export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("dashboard.read", "dashboard.read.group");
  const raw = (await searchParams).group;
  const scope = dashboardScope(actor, (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 64) || null);
  if (!scope) notFound();
  return scope.kind === "unit" ? (
    <UnitDashboard actor={actor} scope={scope} />
  ) : (
    <GroupDashboard actor={actor} scope={scope} />
  );
}
