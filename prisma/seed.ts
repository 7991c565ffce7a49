// `npm run db:seed`: loads the demo unit into DATABASE_URL, if it holds no unit yet.
import "dotenv/config";
import { seedDemo } from "./demo-seed";
import { createPrisma } from "../scripts/lib/prisma";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("Chưa đặt DATABASE_URL. (`npm start` tự nạp dữ liệu mẫu khi dùng PostgreSQL nhúng.)");
  const db = createPrisma(url);
  try {
    if ((await db.unit.count()) > 0) {
      console.log("Cơ sở dữ liệu đã có đơn vị; không nạp dữ liệu mẫu.");
      return;
    }
    const result = await seedDemo(db, url);
    console.log(`Đã nạp đơn vị mẫu với ${result.members} đoàn viên.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
