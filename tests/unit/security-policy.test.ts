import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addPageCsp } from "@/lib/security/cache-handler.mjs";
import {
  BASELINE_CSP,
  CSP_HEADER,
  SECURITY_HEADERS,
  contentSecurityPolicy,
  hashSource,
  inlineHashes,
  pageCsp,
} from "@/lib/security/policy.mjs";

const sha = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const HTML = `<!DOCTYPE html><html lang="en"><head>
<script src="/_next/static/chunks/a.js" async=""></script>
<script id="_R_">(self.__next_f=self.__next_f||[]).push([0])</script>
<style>body{color:red}</style>
</head><body><p>Text with <code>&lt;script&gt;</code></p>
<script>self.__next_f.push([1,"é \\u003c/script>"])</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script src="/x.js"></script><script></script>
</body></html>`;

describe("inline script hashes", () => {
  it("hashes each inline script once, ignores external and empty scripts", () => {
    const { scriptHashes, styleHashes } = inlineHashes(HTML);
    expect(scriptHashes).toEqual([
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
      sha('self.__next_f.push([1,"é \\u003c/script>"])'),
    ]);
    expect(styleHashes).toEqual([sha("body{color:red}")]);
  });

  it("hashes UTF-8 bytes after the HTML parser's line-break normalisation", () => {
    expect(hashSource("a\r\nb\rc")).toBe(sha("a\nb\nc"));
    expect(hashSource("Қазақстан")).toBe(sha("Қазақстан"));
  });

  it("builds the page policy from the hashes", () => {
    const csp = pageCsp(HTML);
    expect(csp).toContain(`script-src 'self' ${inlineHashes(HTML).scriptHashes.join(" ")};`);
    expect(csp).toContain(`style-src 'self' ${sha("body{color:red}")};`);
  });
});

describe("content security policy", () => {
  const csp = contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"] });
  const directives = new Map(
    csp.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );

  it("allows only the same origin and the listed inline scripts", () => {
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "'sha256-abc='"]);
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(
          ["'self'", "'none'"].includes(source) || source.startsWith("'sha256-"),
          `${name} ${source}`,
        ).toBe(true);
      }
    }
    expect(csp).not.toMatch(/unsafe-(inline|eval)|nonce|\*|https?:/);
  });

  it("has the directives the issue requires", () => {
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("form-action")).toEqual(["'self'"]);
  });

  it("the baseline on every response never restricts scripts, so it never blocks a page's own", () => {
    expect(BASELINE_CSP).not.toMatch(/default-src|script-src/);
    for (const directive of BASELINE_CSP.split("; ")) expect(csp).toContain(directive);
  });

  it("sends the other security headers", () => {
    const names = SECURITY_HEADERS.map((header) => header.key.toLowerCase());
    expect(names).toEqual(
      expect.arrayContaining([
        "strict-transport-security",
        "x-content-type-options",
        "referrer-policy",
        "permissions-policy",
        "cross-origin-opener-policy",
        "cross-origin-resource-policy",
      ]),
    );
    const permissions = SECURITY_HEADERS.find((header) => header.key === "Permissions-Policy")!;
    for (const feature of ["camera", "microphone", "geolocation", "interest-cohort"]) {
      expect(permissions.value).toContain(`${feature}=()`);
    }
  });
});

describe("cache handler", () => {
  it("adds the page's own policy to an App Router page entry", () => {
    const entry = { kind: "APP_PAGE", html: HTML, headers: { "x-next-cache-tags": "a" } };
    addPageCsp(entry);
    expect(entry.headers[CSP_HEADER as "x-next-cache-tags"]).toBe(pageCsp(HTML));
  });

  it("keeps a policy already computed, and leaves other entries alone", () => {
    const entry = { kind: "APP_PAGE", html: HTML, headers: { [CSP_HEADER]: "kept" } };
    addPageCsp(entry);
    expect(entry.headers[CSP_HEADER]).toBe("kept");
    const route = { kind: "APP_ROUTE", html: HTML, headers: {} as Record<string, string> };
    addPageCsp(route);
    expect(route.headers[CSP_HEADER]).toBeUndefined();
    expect(() => addPageCsp(null)).not.toThrow();
  });
});
