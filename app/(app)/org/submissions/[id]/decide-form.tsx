"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { acceptSubmissionAction, returnSubmissionAction } from "@/lib/org/submissions/actions";
import { returnSubmissionSchema } from "@/lib/submissions/schema";

/** Trả lại (the comment is required) or Tiếp nhận (the comment is an optional note). */
export function DecideForm({ submissionId }: { submissionId: string }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const toast = useToast();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const done = (
    result:
      | { ok: true; data: { message: string } }
      | { ok: false; error: string; fieldErrors?: Record<string, string> },
  ) => {
    setBusy(false);
    if (!result.ok) {
      setError(result.fieldErrors?.comment);
      return toast("error", result.error);
    }
    toast("success", result.data.message);
    router.refresh();
  };
  const onReturn = async () => {
    const parsed = returnSubmissionSchema.safeParse({ submissionId, comment });
    if (!parsed.success) return setError(parsed.error.issues.find((i) => i.path[0] === "comment")?.message);
    setBusy(true);
    done(await returnSubmissionAction({ submissionId, comment }));
  };
  const onAccept = async () => {
    setBusy(true);
    done(await acceptSubmissionAction({ submissionId, comment }));
  };
  return (
    <div className="mt-2 flex flex-col gap-3">
      <Field
        label="Ý kiến của cấp trên"
        htmlFor="decide-comment"
        hint="Bắt buộc khi trả lại: ghi rõ đơn vị cần sửa gì."
        error={error}
      >
        <textarea
          id="decide-comment"
          rows={3}
          value={comment}
          onChange={(e) => {
            setComment(e.target.value);
            setError(undefined);
          }}
          className={inputClass(!!error)}
        />
      </Field>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" disabled={!hydrated || busy} onClick={onReturn}>
          Trả lại
        </Button>
        <Button disabled={!hydrated || busy} onClick={onAccept}>
          Tiếp nhận
        </Button>
      </div>
    </div>
  );
}
