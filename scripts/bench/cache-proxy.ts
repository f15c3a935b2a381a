/**
 * A shared cache in front of the server, as a CDN would be (docs/deployment.md): one nginx
 * worker with `proxy_cache`, honouring the pages' own Cache-Control. Optional: measured when
 * nginx is installed (Debian: `apt-get install nginx`), skipped otherwise.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { waitUntilAnswering } from "../site-copy";

export function nginxPath(): string | undefined {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync("which", ["nginx"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Starts nginx on `port`, caching what `upstream` serves; `stop()` ends it and cleans up. */
export async function startCacheProxy(
  nginx: string,
  port: number,
  upstream: string,
): Promise<{ url: string; stop: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-nginx-"));
  // Started as root, nginx's workers run as an unprivileged user that must reach the cache.
  fs.chmodSync(dir, 0o755);
  const config = path.join(dir, "nginx.conf");
  fs.writeFileSync(
    config,
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=pages:10m max_size=200m inactive=1h use_temp_path=off;
  upstream site { server ${upstream.replace(/^https?:\/\//, "")}; keepalive 16; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://site;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_cache pages;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_lock on;
    }
  }
}
`,
  );
  const child: ChildProcess = spawn(nginx, ["-c", config, "-p", dir], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, 50, 100);
  return {
    url,
    stop: () => {
      child.kill("SIGQUIT");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
