// The page proxy.ts answers with (503) while the database is away: plain HTML, no database and no
// React, in Vietnamese; it reloads itself every 5 seconds, so the user's page comes back on its own.
import { DB_UNAVAILABLE_DIGEST, DB_UNAVAILABLE_TITLE } from "@/lib/db/unavailable";

export const UNAVAILABLE_RETRY_SECONDS = 5;

export function unavailablePage(): string {
  return `<!doctype html>
<html lang="vi" data-error-page="db-unavailable">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${UNAVAILABLE_RETRY_SECONDS}">
<meta name="scd-error" content="${DB_UNAVAILABLE_DIGEST}">
<title>${DB_UNAVAILABLE_TITLE} · Sổ Công đoàn</title>
<style>
body{margin:0;min-height:100dvh;display:flex;align-items:center;justify-content:center;font-family:system-ui,sans-serif;background:#f5f6f8;color:#1f2937;text-align:center;padding:1rem}
main{max-width:28rem}h1{font-size:1.25rem;margin:0 0 .75rem}p{font-size:.9rem;color:#4b5563;margin:0 0 1rem}
a{display:inline-block;border:1px solid #d1d5db;border-radius:.5rem;padding:.5rem 1rem;color:#1f2937;background:#fff;text-decoration:none}
</style>
</head>
<body>
<main>
<h1>${DB_UNAVAILABLE_TITLE}</h1>
<p>Dữ liệu của bạn không bị mất. Hệ thống tự kết nối lại mỗi vài giây và sẽ tải lại trang này khi cơ sở dữ liệu hoạt động trở lại.</p>
<a href="">Thử lại</a>
</main>
</body>
</html>`;
}
