import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintToolbar } from "@/components/print-toolbar";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { requirePage } from "@/lib/auth/current-user";
import { yearParam } from "@/lib/http/params";
import { GROUP_REVIEW_STATE_LABELS, RATING_YEAR_STATUS_LABELS } from "@/lib/rating/labels";
import { AWARD_PAPERS, type AwardPaper } from "@/lib/rating/reports/docs/awards-doc";
import { getReportIndex } from "@/lib/rating/reports/queries/report-index";

export const metadata = { title: "Báo cáo đánh giá, xếp loại" };

type Props = { searchParams: Promise<Record<string, string>> };

function Row({
  title,
  print,
  api,
  docx = true,
}: {
  title: string;
  print: string;
  api: string;
  docx?: boolean;
}) {
  return (
    <li className="flex flex-col gap-2 border-b border-surface-line py-3 sm:flex-row sm:items-center sm:justify-between">
      <span className="font-medium">{title}</span>
      <span className="flex shrink-0 flex-wrap gap-2">
        <Link href={print} className={buttonClass("ghost")}>
          Xem, in
        </Link>
        <a href={`${api}&format=pdf`} className={buttonClass("secondary")}>
          PDF
        </a>
        {docx && (
          <a href={`${api}&format=docx`} className={buttonClass("secondary")}>
            DOCX
          </a>
        )}
      </span>
    </li>
  );
}

const AWARD_PAPER_KEYS = Object.keys(AWARD_PAPERS) as AwardPaper[];

export default async function RatingReportsPage({ searchParams }: Props) {
  const actor = await requirePage("rating.export");
  const sp = await searchParams;
  const year = yearParam(new URLSearchParams(sp));
  if (!year) notFound();
  const d = (await getReportIndex(actor, year, sp.q ?? ""))!;
  const y = `year=${year}`;
  return (
    <div className="font-sans">
      <PrintToolbar backHref={`/rating?${y}`} printLabel="In trang này" />
      <main className="mx-auto max-w-3xl px-4 py-6">
        <h1 className="text-xl font-bold">Báo cáo đánh giá, xếp loại năm {year}</h1>
        <nav aria-label="Chọn năm" className="mt-2 flex flex-wrap gap-2 text-sm">
          {d.years.map((x) => (
            <Link
              key={x.id}
              href={`/print/rating?year=${x.year}`}
              className={x.year === year ? "font-bold underline" : "underline"}
            >
              {x.year}
            </Link>
          ))}
        </nav>
        {!d.ry ? (
          <p className="mt-6 rounded border border-surface-line p-4">
            Chưa mở đánh giá, xếp loại năm {year}. Hãy mở năm ở trang{" "}
            <Link className="underline" href={`/rating?${y}`}>
              Xếp loại
            </Link>
            .
          </p>
        ) : (
          <>
            <p className="mt-2 text-sm text-ink-muted">
              Trạng thái: {RATING_YEAR_STATUS_LABELS[d.ry.status]}
              {d.ry.publishedAt ? ", đã công bố" : ""}. {d.memberCount} đoàn viên.
            </p>
            <a href={`/api/rating/all?${y}&format=pdf`} className={`${buttonClass("primary")} mt-4`}>
              In tất cả báo cáo năm {year} (một tệp PDF)
            </a>
            <p className="mt-1 text-xs text-ink-muted">
              Gồm tổng hợp, báo cáo CĐCS, hồ sơ đề nghị khen thưởng (tờ trình, danh sách), danh sách công nhận
              của CĐCS và danh sách gửi Hội đồng thi đua của cơ quan (nếu có), biên bản của từng tổ
              {d.memberCount <= d.sheetLimit
                ? " và phiếu của từng đoàn viên."
                : `; không kèm phiếu từng đoàn viên vì đơn vị có trên ${d.sheetLimit} đoàn viên (in phiếu từng người ở dưới).`}
            </p>
            <ul className="mt-4">
              <Row
                title={`Tổng hợp kết quả đánh giá, xếp loại đoàn viên năm ${year}`}
                print={`/print/rating/summary?${y}`}
                api={`/api/rating/summary?${y}`}
              />
              <Row
                title={`Báo cáo tự đánh giá, xếp loại chất lượng hoạt động CĐCS năm ${year}`}
                print={`/print/rating/unit?${y}`}
                api={`/api/rating/unit?${y}`}
              />
              {AWARD_PAPER_KEYS.map((paper) => (
                <Row
                  key={paper}
                  title={AWARD_PAPERS[paper].label}
                  print={`/print/rating/awards?${y}&paper=${paper}`}
                  api={`/api/rating/awards?${y}&paper=${paper}`}
                />
              ))}
            </ul>
            <h2 className="mt-6 font-bold">Biên bản họp tổ bình xét ({d.reviews.length} tổ)</h2>
            {d.reviews.length === 0 ? (
              <p className="text-sm text-ink-muted">Chưa tổ nào mở bình xét.</p>
            ) : (
              <ul>
                {d.reviews.map((r) => (
                  <Row
                    key={r.groupId}
                    title={`${r.group.name} – ${GROUP_REVIEW_STATE_LABELS[r.state]}`}
                    print={`/print/rating/minutes?${y}&group=${r.groupId}`}
                    api={`/api/rating/minutes?${y}&group=${r.groupId}`}
                  />
                ))}
              </ul>
            )}
            <h2 className="mt-6 font-bold">Phiếu đánh giá, xếp loại của đoàn viên</h2>
            <form className="mt-2 flex gap-2" role="search">
              <input type="hidden" name="year" value={year} />
              <label className="sr-only" htmlFor="q">
                Tìm đoàn viên theo tên
              </label>
              <input
                id="q"
                name="q"
                defaultValue={sp.q ?? ""}
                placeholder="Tìm theo tên đoàn viên"
                className={inputClass()}
              />
              <button className={buttonClass("secondary")}>Tìm</button>
            </form>
            {sp.q && d.members.length === 0 && (
              <p className="mt-2 text-sm">Không tìm thấy đoàn viên nào. Hãy thử tên khác.</p>
            )}
            <ul>
              {d.members.map((m) => (
                <Row
                  key={m.memberId}
                  title={`${m.member.fullName} – ${m.group.name}`}
                  print={`/print/rating/sheet?${y}&member=${m.memberId}`}
                  api={`/api/rating/sheet?${y}&member=${m.memberId}`}
                />
              ))}
            </ul>
          </>
        )}
      </main>
    </div>
  );
}
