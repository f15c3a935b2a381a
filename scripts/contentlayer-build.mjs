/**
 * `contentlayer2 build`, without the tracing its command line switches on.
 *
 * The contentlayer2 CLI imports `@effect-ts/core/Tracing/Enable` so that its own errors carry
 * effect traces; with tracing on, every fiber records and copies a trace, which took a third
 * of the build's time and grew worse than linearly with the number of documents (10,000
 * documents: 500 s; without: 75 s). These are the CLI's build steps (its `BuildCommand`)
 * through Contentlayer's own API, with tracing left off; the output is byte for byte the same,
 * and errors are reported as by the CLI. Plain JavaScript: the effect library's types do not
 * resolve under this project's TypeScript settings.
 */
import * as core from "@contentlayer2/core";
import { pipe, T } from "@contentlayer2/utils/effect";

await pipe(
  core.getConfig({ configPath: undefined, esbuildOptions: {} }),
  T.chain((config) => core.generateDotpkg({ config, verbose: false })),
  T.tap(core.logGenerateInfo),
  core.runMain({ tracingServiceName: "contentlayer-build", verbose: false }),
);
