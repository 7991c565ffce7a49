import "server-only";
// Runs read-sheet-child.cjs for one upload: a separate `node` process with a small heap, a time
// limit that grows with the file (parse-limit.ts) and no secrets in its environment, at most SCD_IMPORT_PARSERS at once per server (the
// rest wait in a short queue). Whatever the file does, the web server's memory and event loop
// are not the ones it uses up. See docs/decisions/0066-bounded-import.md.
import { mkdtempSync, rmSync } from "node:fs";
import { setPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { AppError } from "@/lib/errors";
import { parseTimeoutMs } from "./parse-limit";

/** Data rows one import may hold. */
export const MAX_ROWS = 100_000;

/** The limits the reader stops at, the first one reached. */
export const SHEET_LIMITS = {
  maxDataRows: MAX_ROWS,
  /** Non-empty rows read, title, header and total rows included. */
  maxRows: MAX_ROWS + 50,
  /** The last column a value may sit in. */
  maxColumns: 60,
  /** Non-empty cells (100,000 members × 30 columns). */
  maxCells: 3_000_000,
  /** Characters of text in all cells together. */
  maxChars: 40_000_000,
  maxCellChars: 2_000,
  /** XML the zip expands to (all parts read). */
  maxExpandedBytes: 300_000_000,
};
const CHILD_HEAP_MB = Number(process.env.SCD_IMPORT_PARSER_HEAP_MB ?? 512);
const MAX_PARSERS = Math.max(1, Number(process.env.SCD_IMPORT_PARSERS ?? 1));
const MAX_WAITING = 8;

export type RawRow = { rowNo: number; cells: string[] };
type ChildAnswer = { ok: true; rows: RawRow[] } | { ok: false; message: string; detail?: string };

let running = 0;
const waiting: (() => void)[] = [];

async function takeSlot() {
  if (running < MAX_PARSERS) {
    running++;
    return;
  }
  if (waiting.length >= MAX_WAITING)
    throw new AppError("VALIDATION", "Máy chủ đang đọc nhiều tệp khác: hãy thử lại sau ít phút.");
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function releaseSlot() {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** The parsers running and waiting right now (tests, health). */
export const parserLoad = () => ({ running, waiting: waiting.length });

// Plain `node` runs it: the file is read from the app folder, outside Next's bundle. (Taken with
// getBuiltinModule so that the bundler does not try to bundle the child as an asset.)
const childPath = () => join(process.cwd(), "lib", "members", "import", "read-sheet-child.cjs");
const { fork } = process.getBuiltinModule("node:child_process");

function runChild(file: Buffer): Promise<RawRow[]> {
  // exceljs may spill a worksheet to a temporary file: into a folder of this upload's own.
  const tmp = mkdtempSync(join(tmpdir(), "scd-sheet-"));
  const limitMs = parseTimeoutMs(file.byteLength);
  return new Promise<RawRow[]>((resolve, reject) => {
    const child = fork(childPath(), [], {
      execArgv: [`--max-old-space-size=${CHILD_HEAP_MB}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { PATH: process.env.PATH ?? "", TMPDIR: tmp, NODE_ENV: "production" },
    });
    // Lower priority than the web server: on a small machine the pages come first.
    try {
      if (child.pid) setPriority(child.pid, 10);
    } catch {
      /* not allowed here: run at the same priority */
    }
    let answer: ChildAnswer | null = null;
    let stderr = "";
    let timedOut = false;
    child.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, limitMs);
    child.once("message", (m) => (answer = m as ChildAnswer));
    child.once("error", (err) => (stderr += String(err)));
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      rmSync(tmp, { recursive: true, force: true });
      if (answer?.ok) return resolve(answer.rows);
      if (answer) {
        if (answer.detail) console.error("[member-import] đọc tệp:", answer.detail);
        return reject(new AppError("VALIDATION", answer.message));
      }
      if (timedOut)
        return reject(
          new AppError(
            "VALIDATION",
            `Đọc tệp quá ${Math.round(limitMs / 1000)} giây nên đã dừng: tệp quá lớn hoặc quá phức tạp. Hãy chia tệp thành nhiều phần.`,
          ),
        );
      console.error(
        `[member-import] trình đọc tệp dừng (code ${code}, signal ${signal}):`,
        stderr.slice(-500),
      );
      reject(
        new AppError(
          "VALIDATION",
          "Tệp quá lớn hoặc quá phức tạp để đọc (vượt giới hạn bộ nhớ dành cho việc đọc tệp). Hãy chỉ giữ các cột của danh sách đoàn viên, hoặc chia tệp thành nhiều phần.",
        ),
      );
    });
    child.send({ file: new Uint8Array(file.buffer, file.byteOffset, file.byteLength), limits: SHEET_LIMITS });
  });
}

/** The first worksheet's non-empty rows as text, read in a child process within SHEET_LIMITS. */
export async function readRowsBounded(file: Buffer): Promise<RawRow[]> {
  await takeSlot();
  try {
    return await runChild(file);
  } finally {
    releaseSlot();
  }
}
