import { describe, expect, it } from "vitest";
import {
  gradeFor,
  parseCsp,
  scoreResponse,
  scoreResults,
  type ObservatoryInput,
} from "../security/observatory";
import { BASELINE_CSP, SECURITY_HEADERS, contentSecurityPolicy } from "@/lib/security/policy.mjs";

const URL = "https://example.org/";
const score = (headers: ObservatoryInput["headers"], extra: Partial<ObservatoryInput> = {}) =>
  scoreResponse({ url: URL, headers, redirection: "redirection-to-https", ...extra });
const resultOf = (report: ReturnType<typeof scoreResponse>, test: string) =>
  report.tests.find((entry) => entry.test === test)?.result;

describe("grading", () => {
  it("follows the published grading chart", () => {
    expect(
      [0, 24, 25, 29, 30, 40, 45, 50, 60, 65, 70, 80, 85, 89, 90, 99, 100, 145].map(gradeFor),
    ).toEqual([
      "F",
      "F",
      "D-",
      "D-",
      "D",
      "D+",
      "C-",
      "C",
      "C+",
      "B-",
      "B",
      "B+",
      "A-",
      "A-",
      "A",
      "A",
      "A+",
      "A+",
    ]);
  });

  it("adds bonuses only when the score without them is 90 or more", () => {
    const tests = (penalty: number) => [
      { test: "referrer-policy" as const, result: "x", modifier: 5 },
      { test: "content-security-policy" as const, result: "y", modifier: penalty },
    ];
    expect(scoreResults(tests(-10))).toEqual({ score: 95, grade: "A" });
    expect(scoreResults(tests(-20))).toEqual({ score: 80, grade: "B+" });
    expect(scoreResults(tests(-200)).score).toBe(0);
  });
});

describe("a response without any security header", () => {
  const report = score([["content-type", "text/html"]], { html: "<p>hi</p>" });
  it("loses points for CSP, HSTS, X-Content-Type-Options and X-Frame-Options", () => {
    expect(report.tests.filter((test) => test.modifier !== 0).map((test) => test.result)).toEqual([
      "csp-not-implemented",
      "hsts-not-implemented",
      "x-content-type-options-not-implemented",
      "x-frame-options-not-implemented",
    ]);
    expect(report).toMatchObject({ score: 30, grade: "D" });
  });
});

describe("Content Security Policy", () => {
  const csp = (value: string | string[]) =>
    resultOf(
      score(
        (Array.isArray(value) ? value : [value]).map((one) => ["content-security-policy", one]),
      ),
      "content-security-policy",
    );

  it("rewards default-src 'none' with a locked form-action", () => {
    expect(csp("default-src 'none'; script-src 'self'; form-action 'self'")).toBe(
      "csp-implemented-with-no-unsafe-default-src-none",
    );
    expect(csp("default-src 'self'; object-src 'none'")).toBe("csp-implemented-with-no-unsafe");
  });

  it("penalises 'unsafe-inline' and data: in script-src, and a missing script-src", () => {
    expect(csp("default-src 'self'; script-src 'self' 'unsafe-inline'")).toBe(
      "csp-implemented-with-unsafe-inline",
    );
    expect(csp("default-src 'self'; script-src 'self' data:")).toBe(
      "csp-implemented-with-unsafe-inline",
    );
    expect(csp("object-src 'none'; base-uri 'self'")).toBe("csp-implemented-with-unsafe-inline");
    expect(csp("default-src 'self'; object-src https:")).toBe("csp-implemented-with-unsafe-inline");
  });

  it("ignores 'unsafe-inline' next to a hash or nonce, as browsers do", () => {
    expect(csp("default-src 'none'; script-src 'self' 'unsafe-inline' 'sha256-abc='")).toBe(
      "csp-implemented-with-no-unsafe",
    );
  });

  it("requires a nonce or hash with 'strict-dynamic'", () => {
    expect(csp("default-src 'self'; script-src 'strict-dynamic'")).toBe("csp-header-invalid");
    expect(csp("default-src 'self'; script-src 'strict-dynamic' 'nonce-x' https:")).toBe(
      "csp-implemented-with-no-unsafe",
    );
  });

  it("grades unsafe-eval, insecure schemes and unsafe styles", () => {
    expect(csp("default-src 'self'; script-src 'self' 'unsafe-eval'")).toBe(
      "csp-implemented-with-unsafe-eval",
    );
    expect(csp("default-src 'self'; script-src 'self' http://cdn.example")).toBe(
      "csp-implemented-with-insecure-scheme",
    );
    expect(csp("default-src 'self'; img-src http://images.example")).toBe(
      "csp-implemented-with-insecure-scheme-in-passive-content-only",
    );
    expect(csp("default-src 'self'; style-src 'self' 'unsafe-inline'")).toBe(
      "csp-implemented-with-unsafe-inline-in-style-src-only",
    );
  });

  it("rejects repeated directives and too short policies", () => {
    expect(csp("default-src 'self'; default-src 'none'")).toBe("csp-header-invalid");
    expect(csp("a")).toBe("csp-header-invalid");
  });

  it("enforces every policy: a directive in two policies allows only what both allow", () => {
    const policy = parseCsp([
      "script-src 'self' 'unsafe-inline'; object-src 'none'",
      "default-src 'none', script-src 'self'",
    ]);
    expect(policy).not.toBe("invalid");
    const map = policy as Map<string, Set<string>>;
    expect([...map.get("script-src")!]).toEqual(["'self'"]);
    expect([...map.get("object-src")!]).toEqual(["'none'"]);
    expect([...map.get("default-src")!]).toEqual(["'none'"]);
  });
});

describe("the other tests", () => {
  it("Referrer-Policy: private, unsafe, invalid; the last known value wins", () => {
    const referrer = (value: string) =>
      resultOf(score([["referrer-policy", value]]), "referrer-policy");
    expect(referrer("no-referrer")).toBe("referrer-policy-private");
    expect(referrer("strict-origin-when-cross-origin")).toBe("referrer-policy-private");
    expect(referrer("unsafe-url")).toBe("referrer-policy-unsafe");
    expect(referrer("no-referrer, unsafe-url")).toBe("referrer-policy-unsafe");
    expect(referrer("whatever")).toBe("referrer-policy-header-invalid");
  });

  it("HSTS: six months or more, shorter, invalid, plain HTTP, preloaded", () => {
    const hsts = (value: string, extra: Partial<ObservatoryInput> = {}) =>
      resultOf(score([["strict-transport-security", value]], extra), "strict-transport-security");
    expect(hsts("max-age=15552000")).toBe("hsts-implemented-max-age-at-least-six-months");
    expect(hsts("max-age=86400")).toBe("hsts-implemented-max-age-less-than-six-months");
    expect(hsts("includeSubDomains")).toBe("hsts-header-invalid");
    expect(hsts("max-age=63072000", { url: "http://example.org/" })).toBe(
      "hsts-not-implemented-no-https",
    );
    expect(hsts("max-age=63072000", { hstsPreloaded: true })).toBe("hsts-preloaded");
  });

  it("Subresource Integrity: same-origin scripts, external scripts with and without integrity", () => {
    const sri = (html: string) =>
      resultOf(score([["content-type", "text/html"]], { html }), "subresource-integrity");
    expect(sri("<p>no scripts</p>")).toBe("sri-not-implemented-but-no-scripts-loaded");
    expect(sri('<script src="/a.js"></script><script>inline()</script>')).toBe(
      "sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
    );
    expect(sri('<script src="/a.js" integrity="sha384-x"></script>')).toBe(
      "sri-implemented-and-all-scripts-loaded-securely",
    );
    expect(sri('<script src="https://cdn.example/a.js"></script>')).toBe(
      "sri-not-implemented-but-external-scripts-loaded-securely",
    );
    expect(sri('<script src="http://cdn.example/a.js"></script>')).toBe(
      "sri-not-implemented-and-external-scripts-not-loaded-securely",
    );
    expect(sri('<script src="https://cdn.example/a.js" integrity="sha384-x"></script>')).toBe(
      "sri-implemented-and-external-scripts-loaded-securely",
    );
    expect(
      resultOf(
        score([["content-type", "application/javascript"]], { html: "" }),
        "subresource-integrity",
      ),
    ).toBe("sri-not-implemented-response-not-html");
  });

  it("X-Frame-Options is implemented through CSP frame-ancestors", () => {
    expect(
      resultOf(score([["content-security-policy", "frame-ancestors 'none'"]]), "x-frame-options"),
    ).toBe("x-frame-options-implemented-via-csp");
    expect(resultOf(score([["x-frame-options", "DENY"]]), "x-frame-options")).toBe(
      "x-frame-options-sameorigin-or-deny",
    );
    expect(resultOf(score([["x-frame-options", "maybe"]]), "x-frame-options")).toBe(
      "x-frame-options-header-invalid",
    );
  });

  it("Cross-Origin-Resource-Policy, X-Content-Type-Options, CORS and cookies", () => {
    expect(
      resultOf(
        score([["cross-origin-resource-policy", "same-origin"]]),
        "cross-origin-resource-policy",
      ),
    ).toBe("corp-implemented-with-same-origin");
    expect(resultOf(score([["x-content-type-options", "sniff"]]), "x-content-type-options")).toBe(
      "x-content-type-options-header-invalid",
    );
    expect(
      resultOf(
        score([
          ["access-control-allow-origin", "https://evil.example"],
          ["access-control-allow-credentials", "true"],
        ]),
        "cross-origin-resource-sharing",
      ),
    ).toBe("cross-origin-resource-sharing-implemented-with-universal-access");
    expect(resultOf(score([["set-cookie", "sessionid=1; Path=/"]]), "cookies")).toBe(
      "cookies-session-without-secure-flag",
    );
    expect(
      resultOf(score([["set-cookie", "sessionid=1; Secure; HttpOnly; SameSite=Lax"]]), "cookies"),
    ).toBe("cookies-secure-with-httponly-sessions-and-samesite");
  });

  it("the redirection from http:// is an input: a missing one costs 20 points", () => {
    const report = score([], { redirection: "redirection-missing" });
    expect(resultOf(report, "redirection")).toBe("redirection-missing");
    expect(report.tests.find((test) => test.test === "redirection")?.modifier).toBe(-20);
  });
});

describe("this site's headers", () => {
  const headers: Array<[string, string]> = [
    ["content-type", "text/html; charset=utf-8"],
    ["content-security-policy", BASELINE_CSP],
    ["content-security-policy", contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"] })],
    ...SECURITY_HEADERS.map(({ key, value }) => [key, value] as [string, string]),
  ];
  const html = '<script src="/_next/static/chunks/a.js" async=""></script><script>x()</script>';

  it("score A+ with every bonus the headers can earn", () => {
    const report = score(headers, { html });
    expect(report.tests.filter((test) => test.modifier < 0)).toEqual([]);
    expect(Object.fromEntries(report.tests.map((test) => [test.test, test.result]))).toMatchObject({
      "content-security-policy": "csp-implemented-with-no-unsafe-default-src-none",
      "referrer-policy": "referrer-policy-private",
      "x-frame-options": "x-frame-options-implemented-via-csp",
      "cross-origin-resource-policy": "corp-implemented-with-same-origin",
    });
    expect(report).toMatchObject({ score: 130, grade: "A+" });
  });

  it("would drop to B+ with 'unsafe-inline' in script-src (what a nonce-free static Next site gets)", () => {
    const unsafe = headers.map(([name, value]): [string, string] =>
      name === "content-security-policy" && value.includes("default-src")
        ? [name, value.replace(/script-src [^;]+/, "script-src 'self' 'unsafe-inline'")]
        : [name, value],
    );
    expect(score(unsafe, { html })).toMatchObject({ score: 80, grade: "B+" });
  });
});
