// What a page costs a browser: loaded in a fresh headless Chromium context (nothing cached), signed
// in, the bytes of its HTML (as sent, gzipped, and as read) and of the scripts it loads (as sent).
// Used by scripts/bench.ts.
import fs from "node:fs";
import { chromium } from "@playwright/test";

export type Weight = { path: string; htmlSent: number; html: number; scriptsSent: number; scripts: number };

export async function pageWeights(base: string, cookie: string, paths: string[]): Promise<Weight[]> {
  const browser = await chromium.launch({
    executablePath:
      process.env.PARLEY_CHROMIUM ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  });
  const cookies = cookie.split("; ").map((pair) => {
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
  });
  try {
    const weights: Weight[] = [];
    for (const path of paths) {
      const context = await browser.newContext();
      await context.addCookies(cookies);
      const page = await context.newPage();
      const sizes: Promise<{ type: string; sent: number }>[] = [];
      page.on("requestfinished", (request) =>
        sizes.push(request.sizes().then((s) => ({ type: request.resourceType(), sent: s.responseBodySize }))),
      );
      const response = await page.goto(base + path, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new Error(`${path}: ${response?.status()}`);
      const html = (await response.body()).byteLength;
      const done = await Promise.all(sizes);
      const sent = (type: string) => done.filter((s) => s.type === type).reduce((sum, s) => sum + s.sent, 0);
      weights.push({
        path,
        htmlSent: sent("document"),
        html,
        scriptsSent: sent("script"),
        scripts: done.filter((s) => s.type === "script").length,
      });
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}
