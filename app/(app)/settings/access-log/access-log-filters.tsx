import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ACCESS_LOG_ACTIONS, type AccessLogParams } from "@/lib/settings/access-log/schema";

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export function AccessLogFilters({ params }: { params: AccessLogParams }) {
  return (
    <form
      role="search"
      method="get"
      action="/settings/access-log"
      className="mb-4 grid grid-cols-1 gap-2 sm:grid-cols-[1fr_1fr_auto_auto]"
    >
      <label>
        <span className="sr-only">Đoàn viên được xem</span>
        <input
          name="member"
          type="search"
          defaultValue={params.member}
          placeholder="Hồ sơ của đoàn viên (tên)"
          className={inputClass()}
        />
      </label>
      <label>
        <span className="sr-only">Người xem</span>
        <input
          name="reader"
          type="search"
          defaultValue={params.reader}
          placeholder="Người xem (tên hoặc email)"
          className={inputClass()}
        />
      </label>
      <label>
        <span className="sr-only">Loại truy cập</span>
        <select name="kind" defaultValue={params.kind} className={inputClass()}>
          <option value="">Mọi loại truy cập</option>
          {Object.entries(ACCESS_LOG_ACTIONS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        Lọc
      </button>
    </form>
  );
}
