"use client";
import { useState } from "react";
import { ConfirmActionButton } from "@/components/emulation/action-button";
import { ReasonDialogButton } from "@/components/emulation/reason-dialog";
import { RegistrationSummary } from "@/components/emulation/registration-summary";
import { RegistrationBadge } from "@/components/emulation/state-badge";
import { decideRegistrationsAction } from "@/lib/emulation/actions";
import type { CommitmentKind, RegistrationState } from "@/lib/emulation/labels";

export type ApprovalRow = {
  id: string;
  state: RegistrationState;
  name: string;
  groupName: string;
  titles: string[];
  movements: string[];
  commitments: { id: string; kind: CommitmentKind; content: string; target: string | null }[];
  returnReason: string | null;
};

const PENDING: RegistrationState[] = ["SUBMITTED", "FORWARDED"];

/** The BCH's list: tick some (or all on the page) and approve or return them in one go. */
export function ApprovalList({
  rows,
  yearId,
  groupId,
  canDecide,
}: {
  rows: ApprovalRow[];
  yearId: string;
  groupId: string;
  canDecide: boolean;
}) {
  const pending = rows.filter((r) => PENDING.includes(r.state));
  const [picked, setPicked] = useState<string[]>([]);
  const ids = picked.filter((id) => pending.some((r) => r.id === id));
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const all = pending.length > 0 && ids.length === pending.length;
  return (
    <div className="flex flex-col gap-3">
      {canDecide && pending.length > 0 && (
        <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 rounded-card border border-surface-line bg-white p-3">
          <label className="mr-auto flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-5"
              checked={all}
              onChange={() => setPicked(all ? [] : pending.map((r) => r.id))}
            />{" "}
            Chọn tất cả ({pending.length} đang chờ trên trang)
          </label>
          <ConfirmActionButton
            label={`Duyệt (${ids.length})`}
            variant="primary"
            disabled={!ids.length}
            title="Duyệt bản đăng ký"
            body={`Duyệt ${ids.length} bản đăng ký đã chọn?`}
            confirmLabel="Duyệt"
            success={`Đã duyệt ${ids.length} bản đăng ký.`}
            run={() => decideRegistrationsAction({ yearId, registrationIds: ids, decision: "APPROVE" })}
          />
          <ReasonDialogButton
            label={`Từ chối (${ids.length})`}
            disabled={!ids.length}
            title={`Từ chối ${ids.length} bản đăng ký`}
            success="Đã trả lại cho đoàn viên sửa."
            run={(reason) =>
              decideRegistrationsAction({ yearId, registrationIds: ids, decision: "RETURN", reason })
            }
          />
          {groupId && (
            <ConfirmActionButton
              label="Duyệt cả tổ"
              title="Duyệt mọi bản đang chờ của tổ"
              body="Duyệt mọi bản đăng ký đang chờ của tổ đã lọc, kể cả ở các trang khác?"
              confirmLabel="Duyệt cả tổ"
              success="Đã duyệt các bản đăng ký của tổ."
              run={() =>
                decideRegistrationsAction({ yearId, groupId, registrationIds: [], decision: "APPROVE" })
              }
            />
          )}
        </div>
      )}
      <ul className="flex flex-col gap-2" data-testid="approval-list">
        {rows.map((r) => (
          <li
            key={r.id}
            className="rounded-card border border-surface-line bg-white p-3"
            data-registration={r.name}
          >
            <div className="flex flex-wrap items-start gap-3">
              {canDecide && PENDING.includes(r.state) && (
                <input
                  type="checkbox"
                  className="mt-1 size-5"
                  aria-label={`Chọn ${r.name}`}
                  checked={picked.includes(r.id)}
                  onChange={() => toggle(r.id)}
                />
              )}
              <div className="min-w-[12rem] flex-1">
                <p className="font-medium text-ink">
                  {r.name} <span className="font-normal text-ink-muted">· {r.groupName}</span>
                </p>
                {r.returnReason && r.state === "RETURNED" && (
                  <p className="text-sm text-brand-700">Lý do từ chối: {r.returnReason}</p>
                )}
              </div>
              <RegistrationBadge state={r.state} />
              {canDecide && PENDING.includes(r.state) && (
                <div className="flex gap-2">
                  <ConfirmActionButton
                    label="Duyệt"
                    title={`Duyệt bản đăng ký của ${r.name}`}
                    body="Bản đăng ký đã duyệt là căn cứ đề nghị danh hiệu cuối năm."
                    confirmLabel="Duyệt"
                    success={`Đã duyệt bản đăng ký của ${r.name}.`}
                    run={() =>
                      decideRegistrationsAction({ yearId, registrationIds: [r.id], decision: "APPROVE" })
                    }
                  />
                  <ReasonDialogButton
                    label="Từ chối"
                    title={`Từ chối bản đăng ký của ${r.name}`}
                    success="Đã trả lại cho đoàn viên sửa."
                    run={(reason) =>
                      decideRegistrationsAction({
                        yearId,
                        registrationIds: [r.id],
                        decision: "RETURN",
                        reason,
                      })
                    }
                  />
                </div>
              )}
            </div>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-brand-700">
                Danh hiệu, phong trào, {r.commitments.length} cam kết
              </summary>
              <div className="mt-2">
                <RegistrationSummary
                  titleNames={r.titles}
                  movementNames={r.movements}
                  commitments={r.commitments}
                />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
