import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { listFilterGroups } from "@/lib/groups/queries";
import {
  decideApplicationAction,
  issueAdmissionDecisionAction,
  recordAdmissionCeremonyAction,
  submitApplicationAction,
  withdrawApplicationAction,
} from "@/lib/members/applications/actions";
import { APPLICATION_STATUS_LABELS, canTakeStep } from "@/lib/members/applications/labels";
import { listAdmissions, listApplications } from "@/lib/members/applications/queries";
import { PaperForm } from "../paper-form";

export const metadata: Metadata = { title: "Kết nạp đoàn viên" };

const TONE = {
  SUBMITTED: "amber",
  APPROVED: "blue",
  DECIDED: "blue",
  ADMITTED: "green",
  REFUSED: "red",
  WITHDRAWN: "gray",
} as const;

export default async function ApplicationsPage() {
  const actor = await requirePage("members.read.all");
  const [apps, admissions, groups] = await Promise.all([
    listApplications(actor),
    listAdmissions(actor),
    listFilterGroups(actor, ""),
  ]);
  const write = can(actor, "members.write");
  const today = formatDate(clock.today());
  const approved = apps.filter((a) => a.status === "APPROVED");
  const groupName = new Map(groups.options.map((g) => [g.id, g.name]));
  return (
    <>
      <PageHeader
        title="Kết nạp đoàn viên"
        subtitle="Đơn gia nhập → BCH xét → quyết định kết nạp → lễ kết nạp"
        actions={
          write && (
            <PaperForm
              variant="primary"
              open="+ Ghi nhận đơn gia nhập"
              title="Đơn gia nhập công đoàn"
              submit="Lưu đơn"
              done="Đã ghi nhận đơn gia nhập."
              action={submitApplicationAction}
              fields={[
                { name: "fullName", label: "Họ và tên", kind: "text", required: true },
                {
                  name: "gender",
                  label: "Giới tính",
                  kind: "select",
                  options: [
                    { value: "FEMALE", label: "Nữ" },
                    { value: "MALE", label: "Nam" },
                  ],
                },
                { name: "dateOfBirth", label: "Ngày sinh", kind: "date" },
                { name: "jobTitle", label: "Chức vụ / nghề nghiệp", kind: "text" },
                { name: "department", label: "Đơn vị / phòng ban", kind: "text" },
                { name: "phone", label: "Điện thoại", kind: "text" },
                { name: "email", label: "Email", kind: "text" },
                {
                  name: "groupId",
                  label: "Tổ công đoàn sẽ sinh hoạt",
                  kind: "select",
                  required: true,
                  options: groups.options.map((g) => ({ value: g.id, label: g.name })),
                },
                { name: "appliedOn", label: "Ngày làm đơn", kind: "date", required: true, value: today },
                { name: "introducedBy", label: "Người giới thiệu", kind: "text" },
              ]}
            />
          )
        }
      />
      <Card title={`Đơn gia nhập (${apps.length})`} className="mb-4">
        {apps.length === 0 ? (
          <EmptyState title="Chưa có đơn gia nhập nào." />
        ) : (
          <ul className="divide-y divide-surface-line" aria-label="Đơn gia nhập">
            {apps.map((a) => (
              <li
                key={a.id}
                className="flex flex-wrap items-start justify-between gap-3 py-3"
                data-testid="application"
              >
                <div className="min-w-0">
                  <p className="font-medium">
                    {a.memberId ? (
                      <Link href={`/members/${a.memberId}`} className="text-brand underline">
                        {a.fullName}
                      </Link>
                    ) : (
                      a.fullName
                    )}{" "}
                    <Badge tone={TONE[a.status]}>{APPLICATION_STATUS_LABELS[a.status]}</Badge>
                  </p>
                  <p className="text-sm text-ink-muted">
                    Đơn ngày {formatDate(a.appliedOn)} · {groupName.get(a.groupId) ?? "—"}
                    {a.introducedBy ? ` · giới thiệu: ${a.introducedBy}` : ""}
                  </p>
                  {a.decidedOn && (
                    <p className="text-sm text-ink-muted">
                      BCH {a.status === "REFUSED" ? "không kết nạp" : "đồng ý"} ngày {formatDate(a.decidedOn)}
                      {a.decisionRef ? ` (${a.decisionRef})` : ""}
                      {a.refusalReason ? `: ${a.refusalReason}` : ""}
                    </p>
                  )}
                  {a.withdrawnOn && (
                    <p className="text-sm text-ink-muted">
                      Rút đơn ngày {formatDate(a.withdrawnOn)}
                      {a.withdrawReason ? `: ${a.withdrawReason}` : ""}
                    </p>
                  )}
                  {a.admission && (
                    <p className="text-sm text-ink-muted">
                      Quyết định số {a.admission.number} ngày {formatDate(a.admission.decidedOn)}
                      {a.admission.ceremonyOn ? ` · lễ kết nạp ${formatDate(a.admission.ceremonyOn)}` : ""}
                    </p>
                  )}
                </div>
                {write && (
                  <div className="flex flex-wrap gap-2">
                    {canTakeStep(a.status, "decide") && (
                      <PaperForm
                        open="BCH xét…"
                        title={`BCH xét đơn: ${a.fullName}`}
                        submit="Lưu quyết định của BCH"
                        done="Đã ghi quyết định của BCH."
                        action={decideApplicationAction}
                        fixed={{ id: a.id }}
                        fields={[
                          {
                            name: "outcome",
                            label: "Ý kiến của BCH",
                            kind: "select",
                            options: [
                              { value: "approve", label: "Đồng ý kết nạp" },
                              { value: "refuse", label: "Không kết nạp" },
                            ],
                          },
                          {
                            name: "decidedOn",
                            label: "Ngày BCH quyết định",
                            kind: "date",
                            required: true,
                            value: today,
                          },
                          {
                            name: "decisionRef",
                            label: "Cuộc họp / nghị quyết của BCH",
                            kind: "text",
                            hint: "Bắt buộc khi đồng ý kết nạp.",
                          },
                          { name: "reason", label: "Lý do không kết nạp", kind: "textarea" },
                        ]}
                      />
                    )}
                    {canTakeStep(a.status, "withdraw") && (
                      <PaperForm
                        open="Rút đơn…"
                        title={`Rút đơn: ${a.fullName}`}
                        submit="Ghi nhận rút đơn"
                        done="Đã ghi nhận rút đơn."
                        action={withdrawApplicationAction}
                        fixed={{ id: a.id }}
                        fields={[
                          {
                            name: "withdrawnOn",
                            label: "Ngày rút đơn",
                            kind: "date",
                            required: true,
                            value: today,
                          },
                          { name: "reason", label: "Lý do", kind: "textarea" },
                        ]}
                      />
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card
        title={`Quyết định kết nạp (${admissions.length})`}
        actions={
          write && approved.length > 0 ? (
            <PaperForm
              variant="primary"
              open="+ Lập quyết định kết nạp"
              title="Quyết định kết nạp đoàn viên"
              submit="Lập quyết định"
              done="Đã lập quyết định kết nạp."
              action={issueAdmissionDecisionAction}
              fields={[
                {
                  name: "number",
                  label: "Số quyết định",
                  kind: "text",
                  required: true,
                  hint: "Ví dụ: 05/QĐ-CĐCS.",
                },
                { name: "decidedOn", label: "Ngày quyết định", kind: "date", required: true, value: today },
                {
                  name: "applicationIds",
                  label: "Kết nạp những người BCH đã đồng ý",
                  kind: "checks",
                  options: approved.map((a) => ({ value: a.id, label: a.fullName })),
                },
              ]}
            />
          ) : null
        }
      >
        {admissions.length === 0 ? (
          <EmptyState title="Chưa có quyết định kết nạp nào." />
        ) : (
          <ul className="divide-y divide-surface-line" aria-label="Quyết định kết nạp">
            {admissions.map((d) => (
              <li
                key={d.id}
                className="flex flex-wrap items-start justify-between gap-3 py-3"
                data-testid="admission"
              >
                <div>
                  <p className="font-medium">
                    Quyết định số {d.number} ngày {formatDate(d.decidedOn)}
                  </p>
                  <p className="text-sm text-ink-muted">
                    {d.applications.map((a) => a.fullName).join(", ")} ·{" "}
                    {d.ceremonyOn ? `lễ kết nạp ngày ${formatDate(d.ceremonyOn)}` : "chưa tổ chức lễ kết nạp"}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <Link href={`/print/members/admissions/${d.id}`} className={buttonClass("secondary")}>
                    In quyết định
                  </Link>
                  {write && !d.ceremonyOn && (
                    <PaperForm
                      variant="primary"
                      open="Ghi nhận lễ kết nạp…"
                      title={`Lễ kết nạp theo quyết định số ${d.number}`}
                      submit="Ghi nhận và kết nạp"
                      done="Đã kết nạp đoàn viên."
                      action={recordAdmissionCeremonyAction}
                      fixed={{ admissionId: d.id }}
                      fields={[
                        {
                          name: "ceremonyOn",
                          label: "Ngày tổ chức lễ kết nạp",
                          kind: "date",
                          required: true,
                          value: today,
                          hint: "Ngày vào công đoàn của những người được kết nạp.",
                        },
                      ]}
                    />
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
