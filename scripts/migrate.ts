// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
import "dotenv/config";
import { applyMigrations } from "./lib/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Chưa đặt DATABASE_URL. `npm start` tự chạy migration trên PostgreSQL nhúng.");
  process.exit(1);
}
applyMigrations(url, console.log)
  .then((n) => {
    console.log(n ? `Xong: ${n} migration.` : "Cơ sở dữ liệu đã ở phiên bản mới nhất.");
    process.exit(0);
  })
  .catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
