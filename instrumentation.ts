// Next calls register() once per server process: each app instance runs the notification worker
// (lib/notifications/worker-loop.ts), which shares the work with the others through PostgreSQL.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startNotificationWorker } = await import("@/lib/notifications/worker-loop");
  startNotificationWorker();
}
