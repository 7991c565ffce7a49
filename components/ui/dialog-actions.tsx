import { Button } from "./button";

/** The footer of a form in a dialog: Hủy, and the submit button that is disabled while saving. */
export function DialogActions({
  onCancel,
  submitting,
  label,
  busyLabel = "Đang lưu…",
}: {
  onCancel: () => void;
  submitting: boolean;
  label: string;
  busyLabel?: string;
}) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      <Button variant="secondary" onClick={onCancel}>
        Hủy
      </Button>
      <Button type="submit" disabled={submitting}>
        {submitting ? busyLabel : label}
      </Button>
    </div>
  );
}
