import { PrintHeader, SignatureBlock } from "@/components/print-header";
import { PrintToolbar } from "@/components/print-toolbar";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { getMemberListReport, parseMemberListParams, reportSubtitle } from "@/lib/members/member-list";
import { memberListHref, memberListQuery } from "@/lib/members/member-list-href";
import { MemberListTable } from "./member-list-table";

export const metadata = { title: "In danh sách đoàn viên" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PrintMembersPage({ searchParams }: Props) {
  const actor = await requirePage("members.export");
  const params = parseMemberListParams(await searchParams);
  const report = await getMemberListReport(actor, params, "print");
  const filters = {
    q: params.q,
    group: params.group,
    status: params.status === "current" ? "" : params.status,
    gender: params.gender,
  };

  return (
    <>
      <PrintToolbar
        backHref={memberListHref({ ...filters, sort: params.sort === "name" ? "" : params.sort })}
        printLabel="In danh sách"
        hint={`${report.rows.length} đoàn viên · khổ A4 ngang`}
      >
        <a href={`/api/members/export${memberListQuery(filters)}`} className={buttonClass("secondary")}>
          Xuất Excel
        </a>
      </PrintToolbar>
      <div className="overflow-x-auto print:overflow-visible">
        <article className="mx-auto min-w-[900px] max-w-[297mm] px-8 py-8 print:min-w-0 print:max-w-none print:p-0">
          <PrintHeader unit={report.unit} number="…/DS-CĐCS" date={report.date} />
          <h1 className="mt-6 text-center text-[14pt] font-bold">DANH SÁCH ĐOÀN VIÊN</h1>
          <p className="mb-4 text-center text-[13pt] italic">{reportSubtitle(report)}</p>
          <MemberListTable rows={report.rows} />
          <div className="print-keep">
            <p className="mt-2 text-[13pt]">
              Tổng số: <b>{report.rows.length}</b> đoàn viên (nữ: {report.female}).
            </p>
            <div className="mt-3 grid grid-cols-[2fr_3fr] gap-4">
              <div className="self-start pt-1 text-[12pt]">
                <p className="font-bold italic">Nơi nhận:</p>
                <p className="text-[11pt]">- Công đoàn cấp trên (b/c);</p>
                <p className="text-[11pt]">- Lưu: VT.</p>
              </div>
              <SignatureBlock title="TM. BAN CHẤP HÀNH" role="CHỦ TỊCH" name={report.chairName} />
            </div>
          </div>
        </article>
      </div>
    </>
  );
}
