import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import { getGroupDetail, listGroupOptions } from "@/lib/groups/queries";
import { groupTitle } from "@/lib/groups/title";
import { GroupHistory, GroupOfficers } from "./group-history";
import { GroupMembers } from "./group-members";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await groupTitle((await params).id);
  return { title: t ? `${t}` : "Chi tiết tổ" };
}

export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("groups.read");
  const { id } = await params;
  const detail = await getGroupDetail(actor, id);
  if (!detail) notFound();
  const { group, members } = detail;
  const canMove = can(actor, "members.write") && !group.archivedAt;
  const targets = canMove ? (await listGroupOptions(actor)).filter((g) => g.id !== group.id) : [];
  const suspended = members.filter((m) => m.status === "SUSPENDED").length;

  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/groups" className="text-ink-muted hover:text-brand-700">
          ← Tổ công đoàn
        </Link>
      </nav>
      <PageHeader
        title={group.name}
        subtitle={
          <>
            {members.length} đoàn viên{suspended > 0 && ` (${suspended} tạm dừng sinh hoạt)`}
            {group.archivedAt && (
              <>
                {" "}
                · <Badge tone="gray">Đã lưu trữ</Badge>
              </>
            )}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Đoàn viên của tổ">
            {members.length === 0 ? (
              <p className="text-sm text-ink-muted">
                Tổ chưa có đoàn viên nào.
                {can(actor, "members.write") && !group.archivedAt && (
                  <>
                    {" "}
                    Chuyển đoàn viên từ tổ khác sang (ở trang chi tiết tổ đó), hoặc{" "}
                    <Link href="/members/new" className="text-brand-700 underline">
                      thêm đoàn viên mới
                    </Link>{" "}
                    vào tổ này.
                  </>
                )}
              </p>
            ) : (
              <GroupMembers group={group} members={members} canMove={canMove} targets={targets} />
            )}
          </Card>
        </div>
        <div className="flex flex-col gap-4">
          <GroupOfficers
            current={detail.currentOfficers}
            past={detail.pastOfficers}
            canManage={can(actor, "positions.write")}
          />
          <GroupHistory rows={detail.history} />
        </div>
      </div>
    </>
  );
}
