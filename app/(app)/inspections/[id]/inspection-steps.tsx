import Link from "next/link";
import { ActionForm } from "@/components/inspections/action-form";
import { StepButton } from "@/components/inspections/step-button";
import { buttonClass } from "@/components/ui/button";
import { closeInspectionAction, startInspectionAction } from "@/lib/inspections/actions";
import type { InspectionDetail } from "@/lib/inspections/queries";
import { closeRefusal } from "@/lib/inspections/rules";

/** The paper and the steps the inspection's state allows: start, conclude, close, withdraw (the UBKT). */
export function InspectionSteps({
  inspection: i,
  manage,
  today,
}: {
  inspection: InspectionDetail;
  manage: boolean;
  today: string;
}) {
  return (
    <>
      <Link href={`/print/inspections/${i.id}`} className={buttonClass("secondary")}>
        Biên bản kiểm tra
      </Link>
      {manage && i.status === "PLANNED" && (
        <StepButton
          action={startInspectionAction}
          input={{ id: i.id }}
          label="Bắt đầu kiểm tra"
          variant="primary"
          success="Cuộc kiểm tra đã bắt đầu."
        />
      )}
      {manage && i.status === "IN_PROGRESS" && (
        <ActionForm
          form="conclude"
          openLabel="Kết luận"
          title="Kết luận cuộc kiểm tra"
          fixed={{ id: i.id }}
          defaults={{
            concludedOn: today,
            conclusion: "",
            inspectedRepName: "",
            inspectedRepTitle: "Chủ tịch CĐCS",
          }}
          fields={[
            {
              name: "concludedOn",
              label: "Ngày kết luận (ngày của biên bản)",
              type: "date",
              required: true,
            },
            { name: "conclusion", label: "Kết luận", type: "textarea", required: true },
            {
              name: "inspectedRepName",
              label: "Đại diện bên được kiểm tra (họ tên)",
              type: "text",
              required: true,
            },
            {
              name: "inspectedRepTitle",
              label: "Chức vụ người đại diện",
              type: "text",
              required: true,
            },
          ]}
          success="Đã kết luận; kiến nghị đã gửi Ban Chấp hành."
        />
      )}
      {manage && i.status === "CONCLUDED" && !closeRefusal(i.recommendations) && (
        <StepButton
          action={closeInspectionAction}
          input={{ id: i.id }}
          label="Khép lại cuộc kiểm tra"
          variant="primary"
          confirm="Mọi kiến nghị đã hoàn thành. Khép lại cuộc kiểm tra?"
          success="Đã khép lại cuộc kiểm tra."
        />
      )}
      {manage && (i.status === "PLANNED" || i.status === "IN_PROGRESS") && (
        <ActionForm
          form="withdraw"
          openLabel="Rút"
          variant="danger"
          title="Rút cuộc kiểm tra"
          fixed={{ id: i.id }}
          defaults={{ reason: "" }}
          fields={[{ name: "reason", label: "Lý do", type: "textarea", required: true }]}
          success="Đã rút cuộc kiểm tra; hồ sơ vẫn được lưu."
        />
      )}
    </>
  );
}
