/**
 * The preview's copy of the site: the working tree with the change (scripts/site-copy.ts),
 * built by `npm run build` exactly as production builds it and served by `next start` on
 * loopback. Where the change schedules items, the build and the server run under
 * `faketime`, their clocks moved to the day the last of them publishes.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { buildCorpora, recordsByType, type GeneratedRecord } from "../../lib/content/corpus";
import type { Corpus } from "../../lib/content/model";
import type { Locale } from "../../lib/i18n/config";
import { copySite, serve, waitUntilAnswering, type SiteCopy } from "../site-copy";

export type PreviewCopy = SiteCopy & {
  /** Writes a file of the copy (a path relative to the repository), or removes it (undefined). */
  put: (file: string, text: string | undefined) => void;
  read: (file: string) => string | undefined;
};

export function copyForPreview(): PreviewCopy {
  const site = copySite();
  return {
    ...site,
    put(file, text) {
      const target = path.join(site.dir, file);
      if (text === undefined) fs.rmSync(target, { force: true });
      else {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, text);
      }
    },
    read(file) {
      const target = path.join(site.dir, file);
      return fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
    },
  };
}

/** `faketime` moving the clock forward by `seconds`, or nothing. */
export function clockPrefix(seconds: number): string[] {
  return seconds > 0 ? ["faketime", "-f", `+${seconds}s`] : [];
}

/** The environment of the build: production's, reading the copy's own content/ folder. */
const buildEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  CONTENT_DIR: "content",
  NEXT_TELEMETRY_DISABLED: "1",
});

/** `npm run build` in the copy; its output goes to `logFile`. Resolves with its exit code. */
export function buildCopy(dir: string, seconds: number, logFile: string): Promise<number> {
  const command = [...clockPrefix(seconds), "npm", "run", "build"];
  const log = fs.openSync(logFile, "w");
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: dir,
      env: buildEnv(),
      stdio: ["ignore", log, log],
    });
    child.on("error", reject);
    child.on("close", (code) => {
      fs.closeSync(log);
      resolve(code ?? 1);
    });
  });
}

/** Whether nothing listens on `port` of the loopback address yet. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** Serves the built copy on 127.0.0.1:`port` (under the same clock as its build). */
export async function serveCopy(dir: string, port: number, seconds: number) {
  if (!(await portIsFree(port))) {
    throw new Error(`Port ${port} is in use: set PREVIEW_PORT (or --port) to a free one`);
  }
  const server = await serve(dir, port, clockPrefix(seconds));
  await waitUntilAnswering(server.url, 600);
  return server;
}

/** The copy's corpora, from the records its build generated (as lib/corpus.ts reads them). */
export function corporaOf(dir: string): Record<Locale, Corpus> {
  const generated = path.join(dir, ".contentlayer", "generated");
  const records = fs
    .readdirSync(generated, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const file = path.join(generated, entry.name, "_index.json");
      return fs.existsSync(file)
        ? (JSON.parse(fs.readFileSync(file, "utf8")) as GeneratedRecord[])
        : [];
    });
  return buildCorpora(recordsByType(records), { contentRoot: "content" });
}
