/**
 * Writes the site's fonts from their @fontsource packages (scripts/fonts/vendor.ts):
 * `npm run fonts:vendor` after upgrading @fontsource-variable/noto-sans or
 * @fontsource/noto-serif. Old files under public/fonts/ that are no longer used are removed.
 */
import fs from "node:fs";
import path from "node:path";
import { FONT_DIR, vendoredFonts } from "./fonts/vendor";

const files = await vendoredFonts();
const keep = new Set(files.map((file) => path.basename(file.path)));
fs.mkdirSync(FONT_DIR, { recursive: true });
for (const name of fs.readdirSync(FONT_DIR)) {
  if (!keep.has(name)) fs.rmSync(path.join(FONT_DIR, name));
}
for (const file of files) {
  fs.mkdirSync(path.dirname(file.path), { recursive: true });
  fs.writeFileSync(file.path, file.contents);
  console.log(`wrote ${file.path}`);
}
