/**
 * A throw-away copy of the project (tracked files, hard-linked node_modules) that can be built
 * against another content folder and served, without touching the working tree's build.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

export type SiteCopy = { dir: string; contentDir: string; remove: () => void };

/** A copy in a new temporary folder, or in `at` (emptied first) where a caller needs a known place. */
export function copySite(at?: string): SiteCopy {
  if (at) fs.rmSync(at, { recursive: true, force: true });
  const dir = at ?? fs.mkdtempSync(path.join(os.tmpdir(), "site-copy-"));
  fs.mkdirSync(dir, { recursive: true });
  const files = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    {
      cwd: root,
      encoding: "utf8",
    },
  )
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    const source = path.join(root, file);
    if (!fs.existsSync(source)) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(source, path.join(dir, file));
  }
  // Turbopack refuses a node_modules outside the project root, so no symlink: hard links
  // make the copy cheap.
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  const contentDir = path.join(dir, "test-content");
  return { dir, contentDir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
) {
  return execFileSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/**
 * Waits until a server answers at `url`, whatever its status, or gives up after `attempts`
 * (three minutes by default: a server starting on a busy 2-core machine is slow).
 */
export async function waitUntilAnswering(url: string, attempts = 900, intervalMs = 200) {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/** Starts `next start` (optionally under a command such as faketime) and waits until it answers. */
export async function serve(
  cwd: string,
  port: number,
  prefix: string[] = [],
): Promise<{ url: string; stop: () => Promise<void> }> {
  const command = [
    ...prefix,
    path.join(cwd, "node_modules/.bin/next"),
    "start",
    "-H",
    "127.0.0.1",
    "-p",
    String(port),
  ];
  const child: ChildProcess = spawn(command[0]!, command.slice(1), {
    cwd,
    stdio: "ignore",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url);
  return {
    url,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
  };
}
