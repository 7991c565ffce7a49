// Realistic Vietnamese names from a seeded generator, so the demo and tests are repeatable.
const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Thành", "Công", "Xuân"];
const MIDDLE_F = ["Thị", "Thị Thu", "Ngọc", "Thị Minh", "Thu", "Thị Hồng", "Kim", "Thị Ánh"];
const GIVEN_M = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hải",
  "Hiếu",
  "Hùng",
  "Khải",
  "Long",
  "Nam",
  "Phúc",
  "Quân",
  "Sơn",
  "Thắng",
  "Trung",
  "Tuấn",
  "Việt",
  "Vỹ",
];
const GIVEN_F = [
  "Anh",
  "Chi",
  "Dung",
  "Giang",
  "Hà",
  "Hằng",
  "Hương",
  "Lan",
  "Linh",
  "Mai",
  "Ngọc",
  "Nhung",
  "Oanh",
  "Phượng",
  "Quyên",
  "Thảo",
  "Trang",
  "Yến",
];

/** mulberry32: small, fast and good enough for demo data. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

export function vietnameseName(r: () => number, gender: "MALE" | "FEMALE") {
  const male = gender === "MALE";
  return `${pick(r, FAMILY)} ${pick(r, male ? MIDDLE_M : MIDDLE_F)} ${pick(r, male ? GIVEN_M : GIVEN_F)}`;
}
