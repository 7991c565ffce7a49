// Vietnamese display formats. Client-safe.
import { format } from "date-fns";
import { vi } from "date-fns/locale";

const VN_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh has no daylight saving.

/** A calendar date stored as UTC midnight (`@db.Date`), shown as dd/MM/yyyy. */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  // Already typed as dd/mm/yyyy in a form field.
  const typed = typeof value === "string" ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim()) : null;
  if (typed) return `${typed[1].padStart(2, "0")}/${typed[2].padStart(2, "0")}/${typed[3]}`;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return "";
  return format(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), "dd/MM/yyyy", { locale: vi });
}

/** A moment in time, shown in Vietnam's time zone whatever the server's. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "";
  const d = new Date(new Date(value).getTime() + VN_OFFSET_MS);
  const local = new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  );
  return format(local, "HH:mm dd/MM/yyyy", { locale: vi });
}

/** A moment inside a sentence: "lúc 19:17 ngày 06/12/2026" (Vietnam's time), e.g. "đã ký lúc …". */
export function formatAtMoment(value: Date | string | null | undefined): string {
  const text = formatDateTime(value);
  return text ? `lúc ${text.slice(0, 5)} ngày ${text.slice(6)}` : "";
}

/** Today's date in Vietnam, as UTC midnight (the `@db.Date` convention). */
export function todayInVietnam(now = new Date()): Date {
  const d = new Date(now.getTime() + VN_OFFSET_MS);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** yyyy-MM-dd for <input type="date">. */
export function toDateInput(value: Date | string | null | undefined): string {
  if (!value) return "";
  return new Date(value).toISOString().slice(0, 10);
}

/** A whole number with Vietnamese thousands dots: 54904 → "54.904". */
export function formatCount(n: number): string {
  const sign = n < 0 ? "-" : "";
  return (
    sign +
    Math.abs(Math.trunc(n))
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ".")
  );
}

/** An integer number of đồng: 1000000 → "1.000.000 ₫". */
export function formatMoney(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return "";
  return `${formatCount(amount)} ₫`;
}

/** Lower case, no diacritics, single spaces: "Nguyễn Văn Ánh" → "nguyen van anh". */
export function toSearchText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Vietnamese lists sort by given name (the last word), then the full name. */
export function toSortName(fullName: string): string {
  const s = toSearchText(fullName);
  const given = s.split(" ").pop() ?? s;
  return `${given} ${s}`;
}

export function yearOf(value: Date | string | null | undefined): string {
  if (!value) return "";
  return String(new Date(value).getUTCFullYear());
}

/** "Đà Nẵng, ngày 05 tháng 01 năm 2026": the place-and-date line of a union document, in Vietnam time. */
export function placeAndDate(placeName: string, value: Date): string {
  const d = new Date(value.getTime() + 7 * 3600 * 1000);
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${placeName}, ngày ${dd} tháng ${mm} năm ${d.getUTCFullYear()}`;
}
