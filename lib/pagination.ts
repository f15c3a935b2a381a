export const NEWS_PER_PAGE = 12;

export type Page<T> = { items: T[]; page: number; totalPages: number; total: number };

/** One page of a list, or undefined when the page does not exist (page 1 always exists). */
export function paginate<T>(
  items: readonly T[],
  page: number,
  perPage: number,
): Page<T> | undefined {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isSafeInteger(page) || page < 1 || page > totalPages) return undefined;
  const start = (page - 1) * perPage;
  return { items: items.slice(start, start + perPage), page, totalPages, total: items.length };
}

/** A page number from a URL segment: digits only, no leading zero, or undefined. */
export function parsePageNumber(segment: string): number | undefined {
  if (!/^[1-9]\d{0,8}$/.test(segment)) return undefined;
  return Number(segment);
}

/**
 * The page number of an optional `[[...page]]` route segment: none is page 1,
 * ["page", "2"] is page 2; anything else (including ["page", "1"]) is undefined.
 */
export function pageFromSegments(segments: readonly string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  if (segments.length !== 2 || segments[0] !== "page") return undefined;
  const page = parsePageNumber(segments[1]!);
  return page !== undefined && page >= 2 ? page : undefined;
}

/** The `[[...page]]` values of a list of `count` items: [], ["page", "2"], … */
export function pageSegments(count: number, perPage: number): string[][] {
  const pages = Math.max(1, Math.ceil(count / perPage));
  return Array.from({ length: pages }, (_, index) =>
    index === 0 ? [] : ["page", String(index + 1)],
  );
}
