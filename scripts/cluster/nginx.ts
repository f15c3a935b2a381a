/**
 * deploy/nginx/nginx.conf with its placeholders (in double braces) filled in: the one place that knows
 * them. Nothing else of the configuration is changed.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MEDIA_TYPES } from "../../lib/content/media";
import { ERROR_PAGE_CSP } from "../../lib/http/error-page";
import { BASELINE_CSP } from "../../lib/security/policy.mjs";

export const DEPLOY_DIR = path.resolve(import.meta.dirname, "../../deploy");
export const NGINX_TEMPLATE = path.join(DEPLOY_DIR, "nginx", "nginx.conf");

export type TierSettings = {
  /** Address the tier listens on, e.g. 127.0.0.1:3000. */
  listen: string;
  /** The instances, host:port each. */
  instances: string[];
  /** Loopback address of the inner compressing server, e.g. 127.0.0.1:3008. */
  compressListen: string;
  /** Where nginx keeps its pid, logs, temporary files and cache. */
  runDir: string;
  /** The build's hashed assets (.next/static). */
  nextStaticDir: string;
  /** public/. */
  publicDir: string;
  /** The 503 pages (scripts/cluster/tier-files.ts). */
  errorPagesDir: string;
  workers?: string;
  mimeTypes?: string;
  /** User and group of the worker processes: by default whoever runs the cluster (see below). */
  user?: string;
};

/**
 * Whoever runs the cluster, as nginx's `user` line wants it ("name group"). Started by root,
 * nginx would otherwise run its workers as nobody, who cannot read a build in a private folder
 * (a clone in `mktemp -d`, mode 700): every static file would then fall through to the
 * instances without a word. Started by anyone else, nginx keeps its own user and ignores the line.
 */
export function currentUser(): string {
  const group = execFileSync("id", ["-gn"], { encoding: "utf8" }).trim();
  return `${os.userInfo().username} ${group}`;
}

export function nginxConfig(settings: TierSettings): string {
  const values: Record<string, string> = {
    WORKERS: settings.workers ?? "auto",
    USER: settings.user ?? currentUser(),
    RUN_DIR: settings.runDir,
    MIME_TYPES: settings.mimeTypes ?? "/etc/nginx/mime.types",
    UPSTREAM_SERVERS: settings.instances
      .map((address) => `    server ${address} max_fails=1 fail_timeout=2s;`)
      .join("\n"),
    COMPRESS_LISTEN: settings.compressListen,
    BASELINE_CSP,
    ERROR_PAGE_CSP,
    LISTEN: settings.listen,
    DEPLOY_DIR: path.join(DEPLOY_DIR, "nginx"),
    NEXT_STATIC_DIR: settings.nextStaticDir,
    PUBLIC_DIR: settings.publicDir,
    ERROR_PAGES_DIR: settings.errorPagesDir,
    DOCUMENT_EXTENSIONS: Object.keys(MEDIA_TYPES.document).join("|"),
  };
  const text = fs.readFileSync(NGINX_TEMPLATE, "utf8");
  return text.replace(/\{\{([A-Z_]+)\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${NGINX_TEMPLATE}: no value for ${match}`);
    return value;
  });
}

export function nginxPath(): string | undefined {
  return ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((candidate) =>
    fs.existsSync(candidate),
  );
}

export function redisServerPath(): string | undefined {
  return ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].find((candidate) =>
    fs.existsSync(candidate),
  );
}
