import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { claimDataDir, DataDirHeldError } from "./pglite-holder";

const dir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "parley-holder-")), "pglite");

describe("claimDataDir", () => {
  it("claims a free directory and gives it back", () => {
    const dataDir = dir();
    const release = claimDataDir(dataDir);
    expect(fs.readFileSync(`${dataDir}.pid`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dataDir}.pid`)).toBe(false);
  });

  it("refuses a directory a live process holds, naming it", () => {
    const dataDir = dir();
    fs.writeFileSync(`${dataDir}.pid`, String(process.ppid));
    expect(() => claimDataDir(dataDir)).toThrow(DataDirHeldError);
    expect(() => claimDataDir(dataDir)).toThrow(`pid ${process.ppid}`);
  });

  it("takes over from a process that has ended", () => {
    const dataDir = dir();
    fs.writeFileSync(`${dataDir}.pid`, "2147483646");
    claimDataDir(dataDir)();
    expect(fs.existsSync(`${dataDir}.pid`)).toBe(false);
  });
});
