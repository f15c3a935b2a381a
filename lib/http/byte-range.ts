/**
 * A range request for a static file that no byte of it satisfies: answered 416 with the
 * file's size (RFC 9110 §15.5.17) instead of reaching Next, which fails on it. Ranges are
 * read by `range-parser`, the parser Next's static file server (`send`) uses, so both agree
 * on what is satisfiable; every other range request goes on to Next.
 */
import fs from "node:fs";
import path from "node:path";
import parseRange from "range-parser";
import { STATIC_PREFIX } from "./request-guard";

/** The file a path names: a hashed asset under .next/static, or a file of public/. */
export function staticFilePath(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const [base, relative] = decoded.startsWith(STATIC_PREFIX)
    ? [path.join(root, ".next", "static"), decoded.slice(STATIC_PREFIX.length)]
    : [path.join(root, "public"), decoded.slice(1)];
  const file = path.resolve(base, relative);
  return file.startsWith(base + path.sep) ? file : undefined;
}

/** The size of the file when the range is unsatisfiable for it (a 416), else undefined. */
export function unsatisfiableRange(
  root: string,
  pathname: string,
  range: string,
): number | undefined {
  const file = staticFilePath(root, pathname);
  if (!file) return undefined;
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return undefined;
    size = stat.size;
  } catch {
    return undefined;
  }
  return parseRange(size, range, { combine: true }) === -1 ? size : undefined;
}
