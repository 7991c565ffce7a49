// A realistic member list to import: `count` rows over the given tổ names, with about one row in
// 3,000 deliberately wrong (bad date, unknown tổ, repeated số thẻ, missing name), streamed with exceljs.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { pick, rng, vietnameseName } from "../../tests/factories/names";

const pad = (n: number) => String(n).padStart(2, "0");

export async function writeImportFile(
  path: string,
  groupNames: string[],
  count: number,
  seed = 7,
  cardPrefix = "88",
) {
  mkdirSync(dirname(path), { recursive: true });
  const r = rng(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: false,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ"]).commit();
  ws.addRow([]).commit();
  ws.addRow([
    "STT",
    "Họ và tên",
    "Giới tính",
    "Ngày sinh",
    "Số thẻ",
    "Ngày vào CĐ",
    "Tổ công đoàn",
    "Điện thoại",
    "Chức vụ / nghề nghiệp",
    "Phòng ban",
    "Ghi chú",
  ]).commit();
  for (let i = 0; i < count; i++) {
    const gender = r() < 0.62 ? "FEMALE" : "MALE";
    let name = vietnameseName(r, gender);
    let dob = `${pad(1 + Math.floor(r() * 28))}/${pad(1 + Math.floor(r() * 12))}/${1966 + Math.floor(r() * 38)}`;
    let card = `${cardPrefix}${String(10_000_000 + i).padStart(8, "0")}`;
    let group = groupNames[i % groupNames.length];
    const joined = `${pad(1 + Math.floor(r() * 28))}/${pad(1 + Math.floor(r() * 12))}/${2016 + Math.floor(r() * 10)}`;
    if (i % 3001 === 17) dob = "31/02/1990";
    if (i % 3001 === 501) group = "Tổ Không Tồn Tại";
    if (i % 3001 === 1001 && i > 0) card = `${cardPrefix}${String(10_000_000 + i - 1).padStart(8, "0")}`;
    if (i % 3001 === 2001) name = "";
    ws.addRow([
      i + 1,
      name,
      gender === "MALE" ? "Nam" : "Nữ",
      dob,
      card,
      joined,
      group,
      `09${String(10_000_000 + i).slice(-8)}`,
      pick(r, ["Công nhân may", "Kỹ thuật viên", "Nhân viên kho"]),
      pick(r, ["Xưởng May 1", "Xưởng Cắt", "Kho vận"]),
      "",
    ]).commit();
  }
  await wb.commit();
}
