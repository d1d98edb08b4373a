import { ACCOUNTS, expect, guarded as base, test } from "./fixtures";

// What an attacker would try from outside: links that send a signed-in analyst elsewhere.
base.describe("no open redirects", () => {
  base("signing in from a hostile callbackUrl stays on Parley", async ({ page, baseURL }) => {
    await page.goto("/sign-in?callbackUrl=%2F%5Cevil.example%2Fphish");
    await page.getByLabel("Email").fill(ACCOUNTS.viewer.email);
    await page.getByLabel("Password").fill(ACCOUNTS.viewer.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Recent dialogues" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
});

test.describe("no open redirects, signed in", () => {
  test("a signed-in visit to the sign-in page with a tab-smuggled callbackUrl stays on Parley", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/sign-in?callbackUrl=%2F%09%2Fevil.example%2Fx");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await expect(page.getByRole("heading", { name: "Recent dialogues" })).toBeVisible();
  });

  test("a new source's returnTo cannot point off the site, in its Cancel link or after saving", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/sources/new?returnTo=%2F%5Cevil.example");
    await expect(page.getByRole("link", { name: "Cancel" })).toHaveAttribute("href", "/");
    await page.getByLabel("Title").fill("Readout with a hostile return address");
    await page.getByLabel("Kind").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Readout with a hostile return address");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
});

const HEADERS = {
  "x-content-type-options": /^nosniff$/,
  "x-frame-options": /^DENY$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\)/,
  "content-security-policy":
    /script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'.*object-src 'none'.*base-uri 'self'.*frame-ancestors 'none'/,
};

test.describe("security headers", () => {
  test.use({ account: "admin" });

  test("are on pages, route handlers and downloads, signed in or not", async ({ page }) => {
    const paths = [
      "/",
      "/admin/users",
      "/dialogues?status=HELD",
      "/api/health",
      "/api/suggest?kind=person&q=ra",
      "/timeline/export?format=csv",
      "/admin/backup/download",
      "/api/v1/openapi.json",
    ];
    for (const path of paths) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      for (const [name, value] of Object.entries(HEADERS))
        expect(response.headers()[name], `${name} on ${path}`).toMatch(value);
    }
  });

  test("give each response its own nonce, and no other page may frame Parley", async ({ page, baseURL }) => {
    const [a, b] = [await page.request.get("/"), await page.request.get("/")];
    const nonce = (r: typeof a) => r.headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1];
    expect(nonce(a)).not.toBe(nonce(b));
    // A page elsewhere that frames the users page gets nothing in the frame. (Its own tab, whose
    // console is expected to report the refusal.)
    const attacker = await page.context().newPage();
    const refused = attacker.waitForEvent("console", (message) => /frame-ancestors 'none'/.test(message.text()));
    await attacker.setContent(`<iframe src="${new URL("/admin/users", baseURL).href}" title="framed"></iframe>`);
    await refused;
    await expect(attacker.frameLocator("iframe[title=framed]").getByRole("heading", { name: "Users" })).toHaveCount(0);
    await attacker.close();
  });
});

base.describe("security headers for visitors", () => {
  base("are on the sign-in page and on the redirect to it", async ({ request }) => {
    for (const path of ["/sign-in", "/dialogues"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      for (const [name, value] of Object.entries(HEADERS))
        expect(response.headers()[name], `${name} on ${path}`).toMatch(value);
    }
  });
});

test.describe("account history", () => {
  test.use({ account: "viewer" });

  test("is for admins only: a viewer gets 403 for any user's history", async ({ page }) => {
    for (const id of [1, 2, 3]) expect((await page.request.get(`/history/user/${id}`)).status()).toBe(403);
  });
});

test.describe("uploads over the limit", () => {
  const big = (mb: number) => ({
    name: "timeline.csv",
    mimeType: "text/csv",
    buffer: Buffer.alloc(mb * 1024 * 1024, "a"),
  });

  test("are refused in the browser before they are sent, with the message on the field", async ({ page }) => {
    await page.goto("/import");
    await page.getByLabel("CSV or JSON file").setInputFiles(big(12));
    let posted = false;
    page.on("request", (request) => {
      if (request.method() === "POST") posted = true;
    });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText(/larger than 8 MB: split it/)).toBeVisible();
    expect(posted).toBe(false);
  });

  test("posted without JavaScript, come back to the import page with the message instead of an error page", async ({
    page,
  }) => {
    for (const mb of [12, 50]) {
      const response = await page.request.post("/import", {
        multipart: { file: big(mb), mode: "dry-run" },
        maxRedirects: 0,
      });
      expect(response.status(), `${mb} MB`).toBe(303);
      expect(response.headers().location).toMatch(/\/import\?too-large=1$/);
    }
    await page.goto("/import?too-large=1");
    await expect(page.getByText(/larger than 8 MB: split it/)).toBeVisible();
  });
});
