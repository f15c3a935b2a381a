/**
 * `npm run dev`: Contentlayer watches the content folder (CONTENT_DIR) and regenerates
 * records while `next dev` serves the site; drafts are visible here only. Pictures and documents
 * are made once at start (scripts/build-media.ts, reporting problems without stopping): restart
 * to see a photo added since. Contentlayer runs in development mode here, where it skips a file
 * it cannot read instead of generating nothing (contentlayer.config.ts): the site then shows
 * that file's problem at its address and serves every other page (lib/corpus.ts).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

const port = process.env.PORT ?? "3000";
const contentlayer = {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "development" },
} as const;
// Generate the records once first, so next dev never starts without them.
spawnSync("node", ["scripts/contentlayer-build.mjs"], contentlayer);
spawnSync("npx", ["tsx", "scripts/build-media.ts", "--keep-going"], { stdio: "inherit" });
const children: ChildProcess[] = [
  spawn("npx", ["contentlayer2", "dev"], contentlayer),
  spawn("npx", ["next", "dev", "-p", port], { stdio: "inherit" }),
];

function stop(code = 0) {
  for (const child of children) child.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => stop());
process.on("SIGTERM", () => stop());
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
