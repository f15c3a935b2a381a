/**
 * Runs once when the server starts, in its process (Next's instrumentation hook): installs
 * the answers the server gives before Next routes a request (lib/http/server-hook.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production") {
    const { installServerHook } = await import("./lib/http/server-hook");
    installServerHook();
  }
}
