import { requirePage } from "@/lib/auth/current-user";

export default async function DashboardPage() {
  const actor = await requirePage("dashboard.read");
  return <h1>Tổng quan {actor.fullName}</h1>;
}
