/**
 * The system's Chromium (Debian's `chromium` package): Playwright's own browser downloads
 * are not available offline. CHROMIUM_PATH overrides the location.
 */
import fs from "node:fs";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found)
    throw new Error(
      "Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH",
    );
  return found;
}
