import fs from "node:fs";

// The embedded database is one process's at a time (PGlite has no locking of its own): the process
// that opens a data directory writes its pid beside it, and another process that finds a live pid
// there is told which process holds it instead of opening it too.

export class DataDirHeldError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database (${dataDir}) is open in another process (pid ${pid}), most likely the running app. ` +
        "Stop it first, or run against a PostgreSQL server (DATABASE_URL), which many processes can share.",
    );
  }
}

const holderFile = (dataDir: string) => `${dataDir.replace(/\/+$/, "")}.pid`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Claims the data directory for this process, or throws DataDirHeldError; returns the release. */
export function claimDataDir(dataDir: string): () => void {
  const file = holderFile(dataDir);
  const held = Number.parseInt(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "", 10);
  if (Number.isInteger(held) && held !== process.pid && alive(held)) throw new DataDirHeldError(dataDir, held);
  fs.writeFileSync(file, String(process.pid));
  const release = () => {
    try {
      if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}
