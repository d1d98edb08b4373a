import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3300";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(base + "/sign-in");
await page.getByLabel("Email").fill("e2e-analyst@parley.test");
await page.getByLabel("Password").fill("e2e-only-analyst-password");
await page.getByRole("button", { name: /sign in/i }).click();
await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
await page.goto(base + process.argv[2]);
console.log(await page.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    const r = el.getBoundingClientRect();
    if (r.right > 370) out.push(`${el.tagName}.${el.className} ${Math.round(r.right)} ${(el.textContent||"").slice(0,80)}`);
  }
  return [document.documentElement.scrollWidth, ...out.slice(0, 15)].join("\n");
}));
await browser.close();
