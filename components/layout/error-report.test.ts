import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorReport } from "./error-report";

const render = (error: unknown) => renderToStaticMarkup(createElement(ErrorReport, { error, retry: () => undefined }));

describe("the error page", () => {
  it("gives the reference an admin can look up in the server log", () => {
    const html = render(
      Object.assign(new Error("An error occurred in the Server Components render."), { digest: "2417839915" }),
    );
    expect(html).toContain("<h1");
    expect(html).toContain("Something went wrong");
    expect(html).toContain("<code>2417839915</code>");
    expect(html).toMatch(/<button type="button">Try again<\/button>/);
  });

  it("never shows the error's own message, and leaves out the reference when there is none", () => {
    const html = render(new Error('relation "Secret" does not exist'));
    expect(html).not.toContain("Secret");
    expect(html).not.toContain("<code>");
    expect(render("a thrown string")).toContain("Something went wrong");
  });
});
