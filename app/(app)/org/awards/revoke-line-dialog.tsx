"use client";
// "Thu hồi" on one issued Khen line (decision 0090): a correcting quyết định with its own number,
// date, signer and a required reason, in the shared ActionDialog. Nothing is deleted: the line and
// the CĐCS's title then say which quyết định revoked them.
import { ActionDialog } from "@/components/forms/action-dialog";
import type { FieldSpec } from "@/components/forms/field-spec";
import { revokeAwardLinesAction } from "@/lib/org/awards/actions";
import { revokeLinesSchema } from "@/lib/org/awards/schema";

const FIELDS: FieldSpec[] = [
  { name: "reason", label: "Lý do thu hồi", type: "textarea", required: true },
  { name: "number", label: "Số quyết định thu hồi", type: "text", required: true, hint: "Ví dụ 31/QĐ-CĐGD" },
  { name: "signedOn", label: "Ngày ký", type: "date", required: true },
  { name: "signerName", label: "Người ký", type: "text", required: true },
  {
    name: "signerTitle",
    label: "Chức vụ",
    type: "select",
    required: true,
    options: [
      { value: "CHU_TICH", label: "Chủ tịch" },
      { value: "PHO_CHU_TICH", label: "Phó Chủ tịch" },
    ],
  },
];

export function RevokeLineDialog({ lineId, year, name }: { lineId: string; year: number; name: string }) {
  return (
    <ActionDialog
      schema={revokeLinesSchema}
      action={revokeAwardLinesAction as never}
      idPrefix={`revoke-${lineId}`}
      openLabel="Thu hồi"
      title={`Thu hồi khen thưởng: ${name}`}
      fields={FIELDS}
      defaults={{ reason: "", number: "", signedOn: "", signerName: "", signerTitle: "CHU_TICH" }}
      fixed={{ year, lineIds: [lineId] }}
      success={`Đã thu hồi khen thưởng của ${name}.`}
      variant="danger"
      testId="revoke-line"
    />
  );
}
