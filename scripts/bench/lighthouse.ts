/**
 * One Lighthouse run (npm `lighthouse`, the system's Chromium) with its default mobile
 * profile: a mid-range phone on a slow 4G network. By default that network and CPU are
 * simulated from an unthrottled load ("simulate", the figure Lighthouse reports); "devtools"
 * applies the same throttling to the real load instead, for comparison.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../tests/e2e/chromium";

export type LighthouseResult = {
  scores: Record<"performance" | "accessibility" | "best-practices" | "seo", number>;
  /** Milliseconds. */
  lcp: number;
  tbt: number;
  fcp: number;
  cls: number;
  /** Audits that did not pass in full, for the notes. */
  failing: string[];
  /** What moved, as Lighthouse names it: the element, its share of the shift, and why. */
  shifts: { element: string; score: number; causes: string[] }[];
};

type ShiftItem = {
  node?: { selector?: string; nodeLabel?: string };
  score?: number;
  subItems?: { items?: { cause?: string }[] };
};

export async function runLighthouse(
  url: string,
  throttlingMethod: "simulate" | "devtools" = "simulate",
): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      throttlingMethod,
    });
    if (!result) throw new Error("Lighthouse returned nothing");
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      scores: {
        performance: score("performance"),
        accessibility: score("accessibility"),
        "best-practices": score("best-practices"),
        seo: score("seo"),
      },
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      fcp: value("first-contentful-paint"),
      cls: value("cumulative-layout-shift"),
      shifts: (
        ((audits["layout-shifts"]?.details as { items?: ShiftItem[] } | undefined)?.items ??
          []) as ShiftItem[]
      ).map((item) => ({
        element: `${item.node?.selector ?? "?"} (${item.node?.nodeLabel ?? ""})`,
        score: item.score ?? 0,
        causes: [...new Set((item.subItems?.items ?? []).flatMap((sub) => sub.cause ?? []))],
      })),
      failing: Object.values(categories)
        .flatMap((category) => category.auditRefs)
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
    };
  } finally {
    await chrome.kill();
  }
}
