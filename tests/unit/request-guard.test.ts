import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { staticFilePath, unsatisfiableRange } from "@/lib/http/byte-range";
import { requestVerdict } from "@/lib/http/request-guard";

describe("what the server answers before Next routes a request", () => {
  it("refuses every method but GET and HEAD", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "FOO"]) {
      expect(requestVerdict(method, "/news", {}).kind, method).toBe("method-not-allowed");
    }
    expect(requestVerdict("GET", "/news", {}).kind).toBe("pass");
    expect(requestVerdict("HEAD", "/news", {}).kind).toBe("pass");
  });

  it("redirects repeated slashes and backslashes as Next does, query kept", () => {
    expect(requestVerdict("GET", "//news", {})).toEqual({ kind: "redirect", location: "/news" });
    expect(requestVerdict("GET", "/\\evil.example/x?a=1", {})).toEqual({
      kind: "redirect",
      location: "/evil.example/x?a=1",
    });
    expect(requestVerdict("GET", "/news?next=//x", {}).kind).toBe("pass");
  });

  it("answers health checks", () => {
    expect(requestVerdict("GET", "/healthz", {}).kind).toBe("health");
    expect(requestVerdict("GET", "/healthz/", {}).kind).toBe("pass");
  });

  it("refuses a router state Next cannot read, in the path's language", () => {
    for (const tree of ["[[[", "%E0%A4%A", "null", "{}", '[""]', "x".repeat(50_000)]) {
      expect(requestVerdict("GET", "/ru/search", { "next-router-state-tree": tree })).toEqual({
        kind: "bad-request",
        locale: "ru",
      });
    }
    const valid = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }]));
    expect(requestVerdict("GET", "/search", { "next-router-state-tree": valid }).kind).toBe("pass");
  });

  it("checks range requests against the file", () => {
    expect(requestVerdict("GET", "/favicon.ico", { range: "bytes=0-1" })).toEqual({
      kind: "range",
      pathname: "/favicon.ico",
      range: "bytes=0-1",
    });
  });
});

describe("unsatisfiable ranges of static files", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "byte-range-"));
  fs.mkdirSync(path.join(root, ".next", "static", "chunks"), { recursive: true });
  fs.mkdirSync(path.join(root, "public"));
  fs.writeFileSync(path.join(root, ".next", "static", "chunks", "a.js"), "x".repeat(100));
  fs.writeFileSync(path.join(root, "public", "favicon.ico"), "y".repeat(10));

  it("finds hashed assets and public files, never outside them", () => {
    expect(staticFilePath(root, "/_next/static/chunks/a.js")).toBe(
      path.join(root, ".next", "static", "chunks", "a.js"),
    );
    expect(staticFilePath(root, "/favicon.ico")).toBe(path.join(root, "public", "favicon.ico"));
    expect(staticFilePath(root, "/_next/static/%2e%2e/%2e%2e/package.json")).toBeUndefined();
    expect(staticFilePath(root, "/..%2f..%2fetc%2fpasswd")).toBeUndefined();
    expect(staticFilePath(root, "/%E0%A4%A")).toBeUndefined();
  });

  it("gives the size for a range no byte satisfies, and nothing otherwise", () => {
    expect(unsatisfiableRange(root, "/_next/static/chunks/a.js", "bytes=100-")).toBe(100);
    expect(unsatisfiableRange(root, "/_next/static/chunks/a.js", "bytes=abc")).toBe(100);
    expect(unsatisfiableRange(root, "/favicon.ico", "bytes=5-2")).toBe(10);
    expect(unsatisfiableRange(root, "/_next/static/chunks/a.js", "bytes=0-9")).toBeUndefined();
    expect(unsatisfiableRange(root, "/_next/static/chunks/a.js", "bytes=-500")).toBe(100);
    expect(unsatisfiableRange(root, "/news", "bytes=100-")).toBeUndefined();
    expect(unsatisfiableRange(root, "/_next/static/chunks/none.js", "bytes=100-")).toBeUndefined();
  });
});
