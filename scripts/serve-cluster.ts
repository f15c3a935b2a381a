/**
 * `npm run serve:cluster -- [--instances 2] [--no-build]`: the production topology on this
 * machine (docs/deployment.md). Builds once (`npm run build`), then starts Redis, N
 * standalone instances on loopback ports and nginx in front on PORT (3000), and stays in the
 * foreground. Ctrl-C (SIGINT) or SIGTERM stops everything it started; SIGHUP restarts the
 * instances one after another, as a deploy would.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { startCluster } from "./cluster/cluster";

const { values } = parseArgs({
  options: {
    instances: { type: "string", default: "2" },
    "no-build": { type: "boolean", default: false },
  },
});
const instances = Number(values.instances);
if (!Number.isInteger(instances) || instances < 1 || instances > 7) {
  console.error("--instances takes a number from 1 to 7");
  process.exit(2);
}
const port = Number(process.env.PORT || 3000);
const log = (message: string) => console.log(`[cluster] ${message}`);

if (!values["no-build"]) {
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const cluster = await startCluster({
  root: process.cwd(),
  port,
  instances,
  instancePort: process.env.CLUSTER_INSTANCE_PORT
    ? Number(process.env.CLUSTER_INSTANCE_PORT)
    : undefined,
  compressPort: process.env.CLUSTER_COMPRESS_PORT
    ? Number(process.env.CLUSTER_COMPRESS_PORT)
    : undefined,
  redisPort: process.env.CLUSTER_REDIS_PORT ? Number(process.env.CLUSTER_REDIS_PORT) : undefined,
  log,
});
log(`ready at ${cluster.url} (${instances} instances; logs and cache in ${cluster.runDir})`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log("stopping");
    void cluster.stop().then(() => process.exit(0));
  });
}
process.on("SIGHUP", () => {
  void (async () => {
    for (let index = 0; index < cluster.instanceCount; index++) {
      log(`restarting instance ${index + 1}`);
      await cluster.restartInstance(index);
    }
    log("every instance restarted");
  })();
});
