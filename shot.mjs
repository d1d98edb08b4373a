import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto("http://localhost:3200/sign-in");
await p.getByLabel("Email").fill("e2e-viewer@parley.test");
await p.getByLabel("Password").fill("e2e-only-viewer-password");
await p.getByRole("button", { name: "Sign in" }).click();
await p.waitForURL((u) => !u.pathname.includes("sign-in"));
const r = await p.goto("http://localhost:3200" + (process.argv[2] ?? "/countries/IN/US"));
if (process.argv[3]) { await p.getByRole("button", { name: process.argv[3], exact: true }).first().click(); await p.waitForTimeout(1500); }
console.log(r.status(), await p.title());
await p.screenshot({ path: "/tmp/shot.png", fullPage: false });
console.log((await p.locator("main").innerText()).slice(0, 1500));
await b.close();
