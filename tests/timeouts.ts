/**
 * How long a test that starts a process (tsx, a build, a server) may take. Starting `npx tsx`
 * alone took over 5 s (vitest's default) on a busy 2-core CI machine, so such tests get a
 * budget sized for that machine under load, not for an idle one. A test that finishes keeps
 * its real duration; the budget only matters when the machine is slow.
 */
export const PROCESS_TEST_TIMEOUT = 180_000;
