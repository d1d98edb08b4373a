import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive the built app (`next build` first) in Chromium. The server starts on a
// fresh database: PGlite under data/e2e, or the PostgreSQL database named by DATABASE_URL.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// A second server on an empty database, for recording the founding example from scratch. On
// PostgreSQL it needs its own database (E2E_EMPTY_DATABASE_URL).
const emptyPort = port + 1;
const emptyURL = `http://127.0.0.1:${emptyPort}`;
process.env.E2E_EMPTY_URL = emptyURL; // for e2e/auth.setup.ts
// A third, also holding only the countries, for capturing the founding example from its article.
const capturePort = port + 2;
const captureURL = `http://127.0.0.1:${capturePort}`;
process.env.E2E_CAPTURE_URL = captureURL;

// Debian's Chromium where it is installed (Playwright's download is not reachable everywhere);
// elsewhere the browser from `npx playwright install chromium`.
const systemChromium =
  process.env.PARLEY_CHROMIUM ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  // Each spec makes its own records and starts signed in (e2e/auth.setup.ts), so tests run in parallel.
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        }
      : {},
  },
  projects: [
    { name: "setup", use: { ...devices["Desktop Chrome"] }, testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: /(recording|capture|between-rounds|agreement-terms|inbox)\.spec/,
      dependencies: ["setup"],
    },
    // Specs that change what other specs count (the seeded planned round, which they read as
    // planned; signed agreements and the alerts): so they run after them.
    {
      name: "between-rounds",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /(between-rounds|agreement-terms|inbox)\.spec/,
      dependencies: ["chromium"],
    },
    {
      name: "recording",
      use: { ...devices["Desktop Chrome"], baseURL: emptyURL },
      testMatch: /recording\.spec/,
      dependencies: ["setup"],
    },
    {
      name: "capture",
      use: { ...devices["Desktop Chrome"], baseURL: captureURL },
      testMatch: /capture\.spec/,
      dependencies: ["setup"],
    },
  ],
  webServer: [
    {
      command: "bash scripts/e2e-server.sh",
      url: `${baseURL}/api/health`,
      env: { PORT: String(port) },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: "bash scripts/e2e-server.sh",
      url: `${emptyURL}/api/health`,
      env: {
        PORT: String(emptyPort),
        E2E_EMPTY: "1",
        ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.E2E_EMPTY_DATABASE_URL ?? "" } : {}),
      },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: "bash scripts/e2e-server.sh",
      url: `${captureURL}/api/health`,
      env: {
        PORT: String(capturePort),
        E2E_EMPTY: "capture",
        ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.E2E_CAPTURE_DATABASE_URL ?? "" } : {}),
      },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
