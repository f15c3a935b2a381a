import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "@/lib/security/policy.mjs";
import {
  currentUser,
  DEPLOY_DIR,
  NGINX_TEMPLATE,
  nginxConfig,
  nginxPath,
} from "../../scripts/cluster/nginx";

const settings = (runDir: string) => ({
  listen: "127.0.0.1:3299",
  instances: ["127.0.0.1:3291", "127.0.0.1:3292"],
  compressListen: "127.0.0.1:3298",
  runDir,
  nextStaticDir: path.join(runDir, "static"),
  publicDir: path.join(runDir, "public"),
  errorPagesDir: path.join(runDir, "pages"),
});

describe("the cache tier's configuration (deploy/nginx)", () => {
  it("sends the site's security headers, each once, on files and on everything else", () => {
    for (const [file, always] of [
      ["security-headers.conf", true],
      ["security-headers-files.conf", false],
    ] as const) {
      const text = fs.readFileSync(path.join(DEPLOY_DIR, "nginx", file), "utf8");
      const lines = text.split("\n").filter((line) => line.startsWith("add_header"));
      const expected = [
        ...SECURITY_HEADERS.map(({ key, value }) => `add_header ${key} "${value}"`),
        "add_header Content-Security-Policy $tier_csp",
      ].map((line) => `${line}${always ? " always" : ""};`);
      expect(lines, file).toEqual(expected);
    }
  });

  it("fills in every placeholder, one upstream server per instance", () => {
    const config = nginxConfig(settings("/run/site"));
    expect(config).not.toMatch(/\{\{/);
    expect(config).toContain("server 127.0.0.1:3291 max_fails=1 fail_timeout=2s;");
    expect(config).toContain("server 127.0.0.1:3292 max_fails=1 fail_timeout=2s;");
    expect(config).toContain("listen 127.0.0.1:3299 reuseport;");
    // Workers run as whoever runs the cluster (root's default, nobody, cannot read a private build).
    expect(config).toMatch(new RegExp(`^user ${currentUser()};$`, "m"));
    expect(currentUser()).toMatch(/^\S+ \S+$/);
  });

  it("serves every file and folder of public/ from disk, and looks for no page there", () => {
    const config = fs.readFileSync(NGINX_TEMPLATE, "utf8");
    const locations = [...config.matchAll(/^\s*location (?:= )?(\/\S*) \{/gm)].map(
      (match) => match[1],
    );
    // media/ is written into public/ by the build (scripts/build-media.ts).
    const entries = new Set([...fs.readdirSync("public"), "media"]);
    for (const entry of entries) {
      const isFolder = entry === "media" || fs.statSync(path.join("public", entry)).isDirectory();
      expect(locations, entry).toContain(isFolder ? `/${entry}/` : `/${entry}`);
    }
    // Everything else goes straight to the cache: no try_files (a failed stat() a request).
    const roots = [...config.matchAll(/\n {4}location \/ \{\n([\s\S]*?)\n {4}\}/g)].map(
      (match) => match[1]!,
    );
    expect(roots.some((block) => block.includes("include {{DEPLOY_DIR}}/pages.conf;"))).toBe(true);
    for (const block of roots) expect(block).not.toContain("try_files");
  });

  it.runIf(nginxPath())("is a configuration nginx accepts", () => {
    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "tier-config-"));
    try {
      const file = path.join(runDir, "nginx.conf");
      fs.writeFileSync(file, nginxConfig(settings(runDir)));
      const output = execFileSync(
        nginxPath()!,
        ["-t", "-c", file, "-p", `${runDir}/`, "-e", path.join(runDir, "error.log")],
        { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
      );
      expect(output).toBe("");
    } finally {
      fs.rmSync(runDir, { recursive: true, force: true });
    }
  });
});
