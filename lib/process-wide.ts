/**
 * One value per server process. Next's production server loads several bundles (the proxy,
 * pages, route handlers) and each evaluates its own copy of a module, so module state alone
 * would be held once per bundle — for the archive and its search index, hundreds of MB each
 * at 10,000 documents. Elsewhere (next dev, tests) the value belongs to the module's own
 * evaluation, so a reloaded module sees fresh content.
 */
export function processWide<T>(name: string, create: () => T): T {
  if (process.env.NODE_ENV !== "production") return create();
  const key = Symbol.for(`spotlight-central-asia.${name}`);
  const store = globalThis as { [key: symbol]: unknown };
  if (!(key in store)) store[key] = create();
  return store[key] as T;
}

/**
 * A value loaded from files: once per process in production (processWide); under
 * `npm run dev`, where editors save files while the server runs, loaded again whenever
 * `devVersion` (e.g. the files' modification times) changes.
 */
export function loadedFromFiles<T>(
  name: string,
  load: () => T,
  devVersion: () => string | number,
): () => T {
  if (process.env.NODE_ENV === "development") {
    let cached: { version: string | number; value: T } | undefined;
    return () => {
      const version = devVersion();
      if (cached?.version !== version) cached = { version, value: load() };
      return cached.value;
    };
  }
  let once: { value: T } | undefined;
  return () => (once ??= { value: processWide(name, load) }).value;
}
