/**
 * The committed fonts (app/fonts.css, lib/fonts/files.ts, public/fonts/) are exactly what
 * `npm run fonts:vendor` makes from the installed @fontsource packages: an upgrade of the
 * packages, or a hand edit, fails here until the files are written again.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FONT_DIR, vendoredFonts } from "../../scripts/fonts/vendor";

const files = await vendoredFonts();

describe("the vendored fonts", () => {
  it.each(files.map((file) => [file.path, file] as const))(
    "%s is as `npm run fonts:vendor` writes it",
    (filePath, file) => {
      expect(fs.existsSync(filePath), `${filePath} is missing: run npm run fonts:vendor`).toBe(
        true,
      );
      const committed = fs.readFileSync(filePath);
      const expected = Buffer.from(file.contents);
      expect(committed.equals(expected), `${filePath} differs: run npm run fonts:vendor`).toBe(
        true,
      );
    },
  );

  it("are the only files in public/fonts/, each named by its content", () => {
    const expected = files.filter((file) => file.path.startsWith(`${FONT_DIR}/`));
    expect(fs.readdirSync(FONT_DIR).sort()).toEqual(
      expected.map((file) => path.basename(file.path)).sort(),
    );
    // The names carry a hash of the bytes: a changed file gets a new address.
    const woff2 = expected.filter((file) => file.path.endsWith(".woff2"));
    expect(woff2.length).toBe(8);
    expect(new Set(woff2.map((file) => file.path.split(".").at(-2))).size).toBe(8);
  });
});
