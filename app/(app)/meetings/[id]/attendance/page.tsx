import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { getAttendanceSheet } from "@/lib/meetings/attendance/attendance-sheet";
import { meetingTitle } from "@/lib/meetings/title";
import { AttendanceSheet } from "./attendance-sheet";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await meetingTitle((await params).id);
  return { title: t ? `Điểm danh: ${t}` : "Điểm danh" };
}

export default async function AttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("meetings.manage", "meetings.manage.group");
  const sheet = await getAttendanceSheet(actor, (await params).id);
  if (!sheet) notFound();
  const { meeting, rows } = sheet;
  return (
    <>
      <div className="mb-3">
        <Link href={`/meetings/${meeting.id}`} className="text-sm text-brand-700 underline">
          ← {meeting.title}
        </Link>
        <h1 className="mt-1 text-xl font-semibold text-ink">Điểm danh</h1>
        <p className="text-sm text-ink-muted">
          {formatDateTime(meeting.startsAt)} · {meeting.place}
        </p>
      </div>
      <AttendanceSheet
        meetingId={meeting.id}
        locked={meeting.status === "MINUTES_SIGNED"}
        rows={rows.map((r) => ({ ...r, reason: r.reason ?? "" }))}
      />
    </>
  );
}
