import "server-only";
import { runMailWorkerOnce } from "./mail-worker";
import { scanTimedEvents } from "./scan";

// Started once per app process (instrumentation.ts). Several instances may run it: the scan is
// idempotent and the mail jobs are claimed with SKIP LOCKED. NOTIFY_WORKER=off stops it (tests, tools).

const TICK_MS = Number(process.env.NOTIFY_WORKER_TICK_MS ?? 10_000);
const SCAN_EVERY_MS = 60_000;

const state = globalThis as unknown as { __scdNotifyWorker?: NodeJS.Timeout };

export function startNotificationWorker() {
  if (state.__scdNotifyWorker || process.env.NOTIFY_WORKER === "off") return;
  let busy = false;
  let lastScan = 0;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      if (Date.now() - lastScan >= SCAN_EVERY_MS) {
        lastScan = Date.now();
        await scanTimedEvents();
      }
      await runMailWorkerOnce();
    } catch (err) {
      // A database that is away (restart, failover) is tried again at the next tick.
      console.error("[notifications] worker tick failed:", (err as Error)?.message ?? err);
    } finally {
      busy = false;
    }
  };
  state.__scdNotifyWorker = setInterval(() => void tick(), TICK_MS);
  state.__scdNotifyWorker.unref?.();
  void tick();
}
