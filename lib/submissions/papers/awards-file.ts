import "server-only";
// AWARDS_FILE: the hồ sơ đề nghị khen thưởng to the cấp trên (decision 0069): the TỜ TRÌNH and its
// DANH SÁCH, with each proposal as data for the cấp trên's decision and its flow-back.
import type { Actor } from "@/lib/auth/current-user";
import { conflict } from "@/lib/errors";
import { proposalLetterDoc, upperListDoc } from "@/lib/rating/reports/docs/awards-doc";
import { getAwardsReport } from "@/lib/rating/reports/queries/awards";
import type { AwardProposal } from "../payloads";
import type { Paper } from "./paper";

export async function awardsFilePaper(actor: Actor, year: number): Promise<Paper<"AWARDS_FILE">> {
  const d = await getAwardsReport(actor, year);
  if (!d) throw conflict(`Năm ${year} chưa mở xếp loại: chưa có hồ sơ đề nghị khen thưởng để gửi.`);
  const rows = d.awards.filter((a) => a.channel === "UPPER");
  if (!rows.length)
    throw conflict(
      "Chưa có đề nghị khen thưởng nào gửi cấp trên: ghi kết quả ở màn Danh hiệu trước khi gửi.",
    );
  const proposals: AwardProposal[] = rows.map((a) => ({
    proposalRef: a.awardId,
    subject: a.subjectKind === "member" ? "MEMBER" : "GROUP",
    ...(a.memberId ? { memberId: a.memberId } : {}),
    displayName: a.subjectName,
    ...(a.subjectKind === "member" && (a.jobTitle || a.groupName)
      ? { position: [a.jobTitle, a.groupName].filter(Boolean).join(", ") }
      : {}),
    form: a.formName,
    titleId: a.titleId,
    summary: a.achievement ?? "",
    ...(a.votesCast != null ? { votes: { for: a.votesFor ?? 0, cast: a.votesCast } } : {}),
  }));
  return { docs: [proposalLetterDoc(d), upperListDoc(d)], payload: { proposals } };
}
