"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { STATUS_LABELS } from "@/lib/members/labels";

/**
 * Search and filters live in the URL: a GET form, submitted again when a select changes. A unit
 * with hundreds of tổ gets only the chosen one here (`allGroupsListed` false) and a link to the tổ list.
 */
export function MembersFilters({
  groups,
  allGroupsListed = true,
}: {
  groups: { id: string; name: string }[];
  allGroupsListed?: boolean;
}) {
  const params = useSearchParams();
  const router = useRouter();
  const path = usePathname();
  const form = useRef<HTMLFormElement>(null);

  function submit() {
    const data = new FormData(form.current!);
    const next = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === "string" && v) next.set(k, v);
    const sort = params.get("sort");
    if (sort) next.set("sort", sort);
    router.replace(`${path}?${next.toString()}`);
  }

  return (
    <form
      ref={form}
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-[1fr_auto_auto_auto_auto_auto]"
    >
      <label className="col-span-2 sm:col-span-1">
        <span className="sr-only">Tìm theo tên hoặc số thẻ</span>
        <input
          name="q"
          type="search"
          defaultValue={params.get("q") ?? ""}
          placeholder="Tìm theo tên hoặc số thẻ"
          title="Gõ tên có dấu hoặc không dấu, hoặc số thẻ"
          className={inputClass()}
        />
      </label>
      <label>
        <span className="sr-only">Tổ công đoàn</span>
        <select
          name="group"
          defaultValue={params.get("group") ?? ""}
          onChange={submit}
          className={inputClass()}
        >
          <option value="">Tất cả các tổ</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="sr-only">Trạng thái</span>
        <select
          name="status"
          defaultValue={params.get("status") ?? "current"}
          onChange={submit}
          className={inputClass()}
        >
          <option value="current">Đang sinh hoạt + tạm dừng</option>
          {Object.entries(STATUS_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
          <option value="all">Tất cả trạng thái</option>
        </select>
      </label>
      <label>
        <span className="sr-only">Giới tính</span>
        <select
          name="gender"
          defaultValue={params.get("gender") ?? ""}
          onChange={submit}
          className={inputClass()}
        >
          <option value="">Nam và nữ</option>
          <option value="MALE">Nam</option>
          <option value="FEMALE">Nữ</option>
        </select>
      </label>
      <label>
        <span className="sr-only">Đảng viên</span>
        <select
          name="party"
          defaultValue={params.get("party") ?? ""}
          onChange={submit}
          className={inputClass()}
        >
          <option value="">Mọi đoàn viên</option>
          <option value="1">Chỉ đảng viên</option>
        </select>
      </label>
      <Button type="submit" variant="secondary">
        Tìm
      </Button>
      {!allGroupsListed && (
        <p className="col-span-2 text-sm text-ink-muted sm:col-span-6">
          Đơn vị có nhiều tổ: để xem đoàn viên của một tổ, tìm tổ ở trang{" "}
          <Link href="/groups" className="font-medium text-brand-700 hover:underline">
            Tổ công đoàn
          </Link>{" "}
          rồi bấm vào số đoàn viên của tổ.
        </p>
      )}
    </form>
  );
}
