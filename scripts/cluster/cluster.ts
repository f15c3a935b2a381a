/**
 * The production topology on one machine (docs/deployment.md): Redis, N standalone Next
 * instances on loopback ports sharing their page cache through it, and nginx in front
 * (deploy/). Started from a built project by `npm run serve:cluster`, the fault tests and
 * the bench; every process it starts is its child, and `stop()` ends them all.
 *
 * Ports, from the tier's port P: instances P+1…P+N, nginx's inner compressing server P+8,
 * Redis P+9 (each can be set).
 *
 * An instance that exits is started again (as a service manager would), unless it was
 * stopped on purpose (`stopInstance`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { compressAssets, writeErrorPages } from "./tier-files";
import { DEPLOY_DIR, nginxConfig, nginxPath, redisServerPath } from "./nginx";

export type ClusterOptions = {
  /** A project directory holding a build (`npm run build`: .next/standalone, .next/static). */
  root: string;
  /** The tier's port, on 127.0.0.1. */
  port: number;
  instances?: number;
  instancePort?: number;
  compressPort?: number;
  redisPort?: number;
  /** More environment for the instances and nginx (e.g. SITE_TIME_ZONE). */
  env?: Record<string, string>;
  /**
   * Environment for the instances and nginx only, not Redis: e.g. libfaketime's LD_PRELOAD
   * and FAKETIME, which nginx's workers keep too (nginx clears their environment but TZ).
   */
  clockEnv?: Record<string, string>;
  /** Where pids, logs, nginx's cache and Redis live; a new temporary directory by default. */
  runDir?: string;
  log?: (message: string) => void;
};

type Slot = { port: number; child?: ChildProcess; wanted: boolean; exited?: Promise<number> };

/** Budget for a process to start answering, sized for a busy 2-core machine. */
const START_BUDGET_MS = 120_000;
const STOP_BUDGET_MS = 20_000;

export async function waitFor(
  check: () => Promise<boolean>,
  budgetMs: number,
  what: string,
  intervalMs = 100,
) {
  const deadline = Date.now() + budgetMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${what}: not ready within ${budgetMs / 1000} s`);
}

async function answers(url: string, status = 200): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  await response.arrayBuffer();
  return response.status === status;
}

function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(2_000);
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.on("error", () => resolve(false));
    socket.on("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? 128);
    else child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 0)));
  });
}

/** Copies the build's static files where the standalone server expects them. */
export function prepareStandalone(root: string) {
  const standalone = path.join(root, ".next", "standalone");
  if (!fs.existsSync(path.join(standalone, "server.js"))) {
    throw new Error(`${standalone}/server.js is missing: build the site first (npm run build)`);
  }
  const copy = (from: string, to: string) => {
    fs.rmSync(to, { recursive: true, force: true });
    fs.cpSync(from, to, { recursive: true });
  };
  copy(path.join(root, ".next", "static"), path.join(standalone, ".next", "static"));
  if (fs.existsSync(path.join(root, "public"))) {
    copy(path.join(root, "public"), path.join(standalone, "public"));
  }
  return standalone;
}

export async function startCluster(options: ClusterOptions) {
  const nginx = nginxPath();
  const redisServer = redisServerPath();
  if (!nginx || !redisServer) {
    throw new Error(
      "nginx and redis-server are needed: bash scripts/install-system-packages.sh installs them",
    );
  }
  const log = options.log ?? (() => {});
  const count = options.instances ?? 2;
  const instancePort = options.instancePort ?? options.port + 1;
  const compressPort = options.compressPort ?? options.port + 8;
  const redisPort = options.redisPort ?? options.port + 9;
  const runDir = options.runDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "cluster-"));
  fs.mkdirSync(runDir, { recursive: true });
  // Started as root, nginx's workers run as an unprivileged user that must reach it.
  fs.chmodSync(runDir, 0o755);
  const clockEnv = options.clockEnv ?? {};
  const timeZone = options.env?.SITE_TIME_ZONE ?? process.env.SITE_TIME_ZONE ?? "Asia/Almaty";
  const standalone = prepareStandalone(options.root);
  const staticDir = path.join(options.root, ".next", "static");
  const errorPagesDir = path.join(runDir, "pages");
  writeErrorPages(errorPagesDir);
  compressAssets(staticDir);

  const children = new Set<ChildProcess>();
  let stopping = false;
  const launch = (command: string[], env: Record<string, string>, logFile: string) => {
    const out = fs.openSync(path.join(runDir, logFile), "a");
    const [program, ...args] = command;
    const child = spawn(program!, args, {
      env: { ...process.env, ...options.env, ...env },
      stdio: ["ignore", out, out],
    });
    fs.closeSync(out);
    children.add(child);
    child.once("exit", () => children.delete(child));
    return child;
  };
  // Nothing outlives this process, even when it ends without stop().
  const killAll = () => {
    for (const child of children) child.kill("SIGKILL");
  };
  process.once("exit", killAll);

  // ------------------------------------------------------------------------- Redis
  let redis: ChildProcess | undefined;
  const startRedis = async () => {
    redis = launch(
      [
        redisServer,
        path.join(DEPLOY_DIR, "redis.conf"),
        "--port",
        String(redisPort),
        "--dir",
        runDir,
        "--pidfile",
        path.join(runDir, "redis.pid"),
      ],
      {},
      "redis.log",
    );
    await waitFor(() => redisPing(redisPort), START_BUDGET_MS, "Redis");
    log(`Redis on 127.0.0.1:${redisPort}`);
  };
  const stopRedis = async () => {
    const child = redis;
    redis = undefined;
    if (!child) return;
    child.kill("SIGTERM");
    await exitOf(child);
  };
  await startRedis();

  // --------------------------------------------------------------------- instances
  const slots: Slot[] = Array.from({ length: count }, (_, index) => ({
    port: instancePort + index,
    wanted: true,
  }));
  const instanceUrl = (index: number) => `http://127.0.0.1:${slots[index]!.port}`;
  const spawnInstance = (index: number) => {
    const slot = slots[index]!;
    const child = launch(
      ["node", path.join(standalone, "server.js")],
      {
        NODE_ENV: "production",
        PORT: String(slot.port),
        HOSTNAME: "127.0.0.1",
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
        NEXT_TELEMETRY_DISABLED: "1",
        SITE_TIME_ZONE: timeZone,
        NODE_OPTIONS: process.env.NODE_OPTIONS ?? "--max-old-space-size=1024",
        ...clockEnv,
      },
      `instance-${index + 1}.log`,
    );
    slot.child = child;
    slot.exited = exitOf(child);
    void slot.exited.then(() => {
      if (slot.child !== child) return;
      slot.child = undefined;
      // A crashed instance comes back, as under a service manager.
      if (slot.wanted && !stopping) {
        log(`instance ${index + 1} exited; starting it again`);
        setTimeout(() => {
          if (slot.wanted && !stopping && !slot.child) spawnInstance(index);
        }, 500);
      }
    });
    return child;
  };
  const startInstance = async (index: number) => {
    const slot = slots[index]!;
    slot.wanted = true;
    if (!slot.child) spawnInstance(index);
    await waitFor(
      () => answers(`${instanceUrl(index)}/healthz`),
      START_BUDGET_MS,
      `instance ${index + 1}`,
    );
  };
  /** Sends a signal and waits for the instance to exit; it stays down. Returns the time taken. */
  const stopInstance = async (index: number, signal: NodeJS.Signals = "SIGTERM") => {
    const slot = slots[index]!;
    slot.wanted = false;
    const child = slot.child;
    if (!child) return 0;
    const started = performance.now();
    child.kill(signal);
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_BUDGET_MS);
    await slot.exited;
    clearTimeout(timer);
    return performance.now() - started;
  };
  await Promise.all(slots.map((_, index) => startInstance(index)));
  log(`${count} instances on 127.0.0.1:${instancePort}–${instancePort + count - 1}`);

  // ------------------------------------------------------------------------- nginx
  const configFile = path.join(runDir, "nginx.conf");
  fs.writeFileSync(
    configFile,
    nginxConfig({
      listen: `127.0.0.1:${options.port}`,
      instances: slots.map((slot) => `127.0.0.1:${slot.port}`),
      compressListen: `127.0.0.1:${compressPort}`,
      runDir,
      nextStaticDir: staticDir,
      publicDir: path.join(options.root, "public"),
      errorPagesDir,
    }),
  );
  const url = `http://127.0.0.1:${options.port}`;
  // nginx keeps TZ: its cache key's publication day is the site's (deploy/nginx/nginx.conf).
  const nginxProcess = launch(
    [
      nginx,
      "-c",
      configFile,
      "-p",
      `${runDir}/`,
      "-e",
      path.join(runDir, "error.log"),
      ...(Object.keys(clockEnv).length > 0
        ? [
            "-g",
            Object.keys(clockEnv)
              .map((name) => `env ${name};`)
              .join(" "),
          ]
        : []),
    ],
    { TZ: timeZone, ...clockEnv },
    "nginx.log",
  );
  await waitFor(() => answers(`${url}/healthz`), START_BUDGET_MS, "nginx");
  log(`nginx on ${url}`);

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    nginxProcess.kill("SIGQUIT");
    await Promise.all([
      ...slots.map((_, index) => stopInstance(index)),
      exitOf(nginxProcess),
      stopRedis(),
    ]);
    process.removeListener("exit", killAll);
    killAll();
    if (!options.runDir) fs.rmSync(runDir, { recursive: true, force: true });
  };

  return {
    url,
    runDir,
    redisPort,
    instanceUrl,
    instanceCount: count,
    instancePid: (index: number) => slots[index]!.child?.pid,
    startInstance,
    stopInstance,
    /** kill -9: the instance is started again by itself. */
    killInstance: (index: number) => slots[index]!.child?.kill("SIGKILL"),
    /** A deploy of one instance: stop it gracefully, start it again. */
    restartInstance: async (index: number) => {
      const stopMs = await stopInstance(index, "SIGTERM");
      await startInstance(index);
      return stopMs;
    },
    startRedis,
    stopRedis,
    stop,
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;
