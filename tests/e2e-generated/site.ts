/** Where the generated-corpus site is built and served for tests/e2e-generated/. */
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";

/** Enough documents for several pages of every list (12 items a page), few enough to build quickly. */
export const GENERATED_SITE_DOCS = 150;

/** A folder per checkout, the same every time (so Playwright knows where to serve it from). */
export function generatedSiteDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GENERATED_SITE_DIR) return path.resolve(env.GENERATED_SITE_DIR);
  const checkout = createHash("sha256")
    .update(path.resolve(import.meta.dirname, "../.."))
    .digest("hex");
  return path.join(os.tmpdir(), `spotlight-e2e-generated-${checkout.slice(0, 10)}`);
}
