/**
 * The scoring rules of MDN's HTTP Observatory, as published in its documentation
 * ("HTTP Observatory Scoring Methodology": developer.mozilla.org/en-US/observatory/docs/tests_and_scoring),
 * applied to one HTTP response: its headers, and its HTML for the Subresource Integrity test.
 *
 * - Every site starts at 100. Penalties are subtracted first; only if the result is 90 (A) or
 *   more are the bonuses added. The score never goes below 0.
 * - Grades: 100+ A+, 90 A, 85 A-, 80 B+, 70 B, 65 B-, 60 C+, 50 C, 45 C-, 40 D+, 30 D, 25 D-, else F.
 *
 * Two of the ten tests depend on the deployment rather than on the response: the redirection
 * from http:// to https:// (done by whatever terminates TLS in front of `next start`), which
 * the caller must state, and HSTS preloading (a submission to hstspreload.org), assumed absent.
 *
 * Simplification: when a response carries several CSPs, a directive present in several is
 * scored as the intersection of their source lists (the Observatory also matches URL paths).
 */

export type TestName =
  | "content-security-policy"
  | "cookies"
  | "cross-origin-resource-sharing"
  | "redirection"
  | "referrer-policy"
  | "strict-transport-security"
  | "subresource-integrity"
  | "x-content-type-options"
  | "x-frame-options"
  | "cross-origin-resource-policy";

export type TestResult = { test: TestName; result: string; modifier: number };

export type Redirection =
  | "redirection-to-https"
  | "redirection-not-needed-no-http"
  | "redirection-all-redirects-preloaded"
  | "redirection-off-host-from-http"
  | "redirection-not-to-https-on-initial-redirection"
  | "redirection-not-to-https"
  | "redirection-missing";

export type ObservatoryInput = {
  /** The scanned URL (its scheme decides whether http: sources count as insecure). */
  url: string;
  /** Response headers as received, one entry per header line (names in any case). */
  headers: ReadonlyArray<readonly [string, string]> | Record<string, string | string[]>;
  /** The response body, for the Subresource Integrity test of HTML responses. */
  html?: string;
  /** How http:// requests for the host are answered (deployment). */
  redirection: Redirection;
  /** Whether the host is on the browsers' HSTS preload list (deployment). */
  hstsPreloaded?: boolean;
};

export type ObservatoryReport = {
  score: number;
  grade: string;
  tests: TestResult[];
};

const MODIFIERS: Record<string, number> = {
  // Content Security Policy
  "csp-implemented-with-no-unsafe-default-src-none": 10,
  "csp-implemented-with-no-unsafe": 5,
  "csp-implemented-with-unsafe-inline-in-style-src-only": 0,
  "csp-implemented-with-insecure-scheme-in-passive-content-only": -10,
  "csp-implemented-with-unsafe-eval": -10,
  "csp-implemented-with-unsafe-inline": -20,
  "csp-implemented-with-insecure-scheme": -20,
  "csp-header-invalid": -25,
  "csp-not-implemented": -25,
  // Cookies
  "cookies-secure-with-httponly-sessions-and-samesite": 5,
  "cookies-not-found": 0,
  "cookies-secure-with-httponly-sessions": 0,
  "cookies-without-secure-flag-but-protected-by-hsts": -5,
  "cookies-session-without-secure-flag-but-protected-by-hsts": -10,
  "cookies-without-secure-flag": -20,
  "cookies-samesite-flag-invalid": -20,
  "cookies-anticsrf-without-samesite-flag": -20,
  "cookies-session-without-httponly-flag": -30,
  "cookies-session-without-secure-flag": -40,
  // Cross-origin resource sharing
  "cross-origin-resource-sharing-not-implemented": 0,
  "cross-origin-resource-sharing-implemented-with-public-access": 0,
  "cross-origin-resource-sharing-implemented-with-restricted-access": 0,
  "cross-origin-resource-sharing-implemented-with-universal-access": -50,
  // Redirection
  "redirection-all-redirects-preloaded": 0,
  "redirection-to-https": 0,
  "redirection-not-needed-no-http": 0,
  "redirection-off-host-from-http": -5,
  "redirection-not-to-https-on-initial-redirection": -10,
  "redirection-not-to-https": -20,
  "redirection-missing": -20,
  // Referrer Policy
  "referrer-policy-private": 5,
  "referrer-policy-not-implemented": 0,
  "referrer-policy-unsafe": -5,
  "referrer-policy-header-invalid": -5,
  // Strict Transport Security
  "hsts-preloaded": 5,
  "hsts-implemented-max-age-at-least-six-months": 0,
  "hsts-implemented-max-age-less-than-six-months": -10,
  "hsts-not-implemented": -20,
  "hsts-header-invalid": -20,
  "hsts-not-implemented-no-https": -20,
  // Subresource Integrity
  "sri-implemented-and-all-scripts-loaded-securely": 5,
  "sri-implemented-and-external-scripts-loaded-securely": 5,
  "sri-not-implemented-response-not-html": 0,
  "sri-not-implemented-but-no-scripts-loaded": 0,
  "sri-not-implemented-but-all-scripts-loaded-from-secure-origin": 0,
  "sri-not-implemented-but-external-scripts-loaded-securely": -5,
  "sri-implemented-but-external-scripts-not-loaded-securely": -20,
  "sri-not-implemented-and-external-scripts-not-loaded-securely": -50,
  // X-Content-Type-Options
  "x-content-type-options-nosniff": 0,
  "x-content-type-options-not-implemented": -5,
  "x-content-type-options-header-invalid": -5,
  // X-Frame-Options
  "x-frame-options-implemented-via-csp": 5,
  "x-frame-options-sameorigin-or-deny": 0,
  "x-frame-options-allow-from-origin": 0,
  "x-frame-options-not-implemented": -20,
  "x-frame-options-header-invalid": -20,
  // Cross-Origin-Resource-Policy
  "corp-implemented-with-same-origin": 10,
  "corp-implemented-with-same-site": 10,
  "corp-implemented-with-cross-origin": 0,
  "corp-not-implemented": 0,
  "corp-header-invalid": -5,
};

export const MINIMUM_SCORE_FOR_BONUSES = 90;

const GRADES: ReadonlyArray<readonly [number, string]> = [
  [100, "A+"],
  [90, "A"],
  [85, "A-"],
  [80, "B+"],
  [70, "B"],
  [65, "B-"],
  [60, "C+"],
  [50, "C"],
  [45, "C-"],
  [40, "D+"],
  [30, "D"],
  [25, "D-"],
  [0, "F"],
];

export function gradeFor(score: number): string {
  return GRADES.find(([minimum]) => score >= minimum)![1];
}

/** Scores a list of test results: penalties first, bonuses only from 90 up. */
export function scoreResults(tests: readonly TestResult[]): { score: number; grade: string } {
  const penalties = tests.reduce((sum, test) => sum + Math.min(0, test.modifier), 0);
  const bonuses = tests.reduce((sum, test) => sum + Math.max(0, test.modifier), 0);
  let score = 100 + penalties;
  if (score >= MINIMUM_SCORE_FOR_BONUSES) score += bonuses;
  score = Math.max(0, score);
  return { score, grade: gradeFor(score) };
}

export function scoreResponse(input: ObservatoryInput): ObservatoryReport {
  const headers = normaliseHeaders(input.headers);
  const https = new URL(input.url).protocol === "https:";
  const csp = contentSecurityPolicy(headers.get("content-security-policy") ?? [], https);
  const hsts = strictTransportSecurity(headers, https, input.hstsPreloaded ?? false);
  const results: Array<[TestName, string]> = [
    ["content-security-policy", csp.result],
    ["cookies", cookies(headers.get("set-cookie") ?? [], hsts.protects)],
    ["cross-origin-resource-sharing", crossOriginResourceSharing(headers)],
    ["redirection", input.redirection],
    ["referrer-policy", referrerPolicy(headers.get("referrer-policy") ?? [])],
    ["strict-transport-security", hsts.result],
    ["subresource-integrity", subresourceIntegrity(headers, input.html, https)],
    ["x-content-type-options", xContentTypeOptions(headers.get("x-content-type-options"))],
    ["x-frame-options", xFrameOptions(headers.get("x-frame-options"), csp.policy)],
    ["cross-origin-resource-policy", crossOriginResourcePolicy(headers)],
  ];
  const tests = results.map(([test, result]) => {
    const modifier = MODIFIERS[result];
    if (modifier === undefined) throw new Error(`Unknown Observatory result ${result}`);
    return { test, result, modifier };
  });
  return { ...scoreResults(tests), tests };
}

// ---------------------------------------------------------------------------------------

type HeaderMap = Map<string, string[]>;

function normaliseHeaders(headers: ObservatoryInput["headers"]): HeaderMap {
  const map: HeaderMap = new Map();
  const entries = Array.isArray(headers)
    ? (headers as ReadonlyArray<readonly [string, string]>)
    : Object.entries(headers as Record<string, string | string[]>).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((one) => [name, one] as const),
      );
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    map.set(key, [...(map.get(key) ?? []), value]);
  }
  return map;
}

const first = (values: string[] | undefined) => values?.[0];

// Content Security Policy --------------------------------------------------------------

type Policy = Map<string, Set<string>>;

const DANGEROUSLY_BROAD = new Set([
  "ftp:",
  "http:",
  "https:",
  "*",
  "http://*",
  "http://*.*",
  "https://*",
  "https://*.*",
]);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", "data:"]);
const isNonceOrHash = (source: string) => /^'(nonce|sha256|sha384|sha512)-/.test(source);

/** Parses one or more policies (each header line may hold several, separated by commas). */
export function parseCsp(values: readonly string[]): Policy | "invalid" | undefined {
  const policies = values
    .flatMap((value) => value.split(","))
    .map((policy) => policy.replace(/[\r\n]/g, "").trim())
    .filter((policy) => policy !== "");
  if (policies.length === 0) return undefined;
  const parsed: Policy[] = [];
  for (const text of policies) {
    if (text.length < "img-src".length - 1) return "invalid";
    const policy: Policy = new Map();
    for (const entry of text.split(";")) {
      const [name, ...sources] = entry.trim().split(/\s+/);
      if (!name) continue;
      const directive = name.toLowerCase();
      if (policy.has(directive)) {
        if (directive === "report-uri" || directive === "report-to") continue;
        return "invalid";
      }
      const values = sources.map((source) => source.toLowerCase());
      policy.set(
        directive,
        new Set(values.length === 0 && directive.endsWith("-src") ? ["'none'"] : values),
      );
    }
    parsed.push(policy);
  }
  // Every policy is enforced: a directive in several policies allows only what all allow.
  const combined: Policy = new Map();
  for (const policy of parsed) {
    for (const [directive, sources] of policy) {
      const existing = combined.get(directive);
      if (!existing) {
        combined.set(directive, new Set(sources));
        continue;
      }
      const both = new Set([...existing].filter((source) => sources.has(source)));
      combined.set(directive, both.size > 0 ? both : new Set(["'none'"]));
    }
  }
  return combined;
}

function contentSecurityPolicy(
  values: readonly string[],
  https: boolean,
): { result: string; policy?: Policy } {
  const policy = parseCsp(values);
  if (policy === undefined) return { result: "csp-not-implemented" };
  if (policy === "invalid") return { result: "csp-header-invalid" };

  const sourcesOf = (...directives: string[]) => {
    for (const directive of directives) {
      const sources = policy.get(directive);
      if (sources) return new Set(sources);
    }
    return new Set(["*"]);
  };
  const scriptSrc = sourcesOf("script-src", "default-src");
  const objectSrc = sourcesOf("object-src", "default-src");
  const styleSrc = sourcesOf("style-src", "default-src");

  // 'unsafe-inline' is ignored by browsers when a nonce or hash is present.
  for (const sources of [scriptSrc, styleSrc]) {
    if ([...sources].some(isNonceOrHash)) sources.delete("'unsafe-inline'");
  }
  if (scriptSrc.has("'strict-dynamic'")) {
    if (![...scriptSrc].some(isNonceOrHash)) return { result: "csp-header-invalid", policy };
    for (const source of [...scriptSrc]) {
      if (
        [...DANGEROUSLY_BROAD].some((broad) => source.startsWith(broad)) ||
        source === "'self'" ||
        source === "'unsafe-inline'"
      ) {
        scriptSrc.delete(source);
      }
    }
  }

  const passiveDirectives = new Set(["img-src", "media-src"]);
  const activeSources = [
    ...[...policy]
      .filter(([directive]) => !passiveDirectives.has(directive) && directive !== "script-src")
      .flatMap(([, sources]) => [...sources]),
    ...scriptSrc,
  ];
  const passiveSources = [...passiveDirectives].flatMap((directive) => [
    ...(policy.get(directive) ?? policy.get("default-src") ?? []),
  ]);
  const insecure = (source: string) => source.startsWith("http:") || source.startsWith("ftp:");

  let result: string;
  if (
    [...scriptSrc].some((source) => DANGEROUSLY_BROAD.has(source) || UNSAFE_INLINE.has(source)) ||
    [...objectSrc].some((source) => DANGEROUSLY_BROAD.has(source))
  ) {
    result = "csp-implemented-with-unsafe-inline";
  } else if (https && activeSources.some(insecure)) {
    result = "csp-implemented-with-insecure-scheme";
  } else if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'")) {
    result = "csp-implemented-with-unsafe-eval";
  } else if (https && passiveSources.some(insecure)) {
    result = "csp-implemented-with-insecure-scheme-in-passive-content-only";
  } else if (
    [...styleSrc].some((source) => DANGEROUSLY_BROAD.has(source) || UNSAFE_INLINE.has(source))
  ) {
    result = "csp-implemented-with-unsafe-inline-in-style-src-only";
  } else {
    const defaultSrc = policy.get("default-src");
    const formAction = policy.get("form-action");
    const defaultNone = defaultSrc?.size === 1 && defaultSrc.has("'none'");
    const formActionLocked =
      formAction !== undefined &&
      [...formAction].every((source) => source === "'none'" || source === "'self'");
    result =
      defaultNone && formActionLocked
        ? "csp-implemented-with-no-unsafe-default-src-none"
        : "csp-implemented-with-no-unsafe";
  }
  return { result, policy };
}

// Cookies --------------------------------------------------------------------------------

function cookies(setCookies: readonly string[], protectedByHsts: boolean): string {
  if (setCookies.length === 0) return "cookies-not-found";
  const parsed = setCookies.map((line) => {
    const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
    const name = pair.split("=")[0]!.trim().toLowerCase();
    const flags = new Map(
      attributes.map((attribute) => {
        const [key = "", ...rest] = attribute.split("=");
        return [key.trim().toLowerCase(), rest.join("=").trim().toLowerCase()] as const;
      }),
    );
    return {
      session: /sess|sid|token|auth|login/.test(name),
      antiCsrf: /csrf|xsrf/.test(name),
      secure: flags.has("secure"),
      httpOnly: flags.has("httponly"),
      sameSite: flags.get("samesite"),
    };
  });
  if (parsed.some((cookie) => cookie.session && !cookie.secure && !protectedByHsts)) {
    return "cookies-session-without-secure-flag";
  }
  if (parsed.some((cookie) => cookie.session && !cookie.httpOnly)) {
    return "cookies-session-without-httponly-flag";
  }
  if (parsed.some((cookie) => cookie.antiCsrf && cookie.sameSite === undefined)) {
    return "cookies-anticsrf-without-samesite-flag";
  }
  if (
    parsed.some(
      (cookie) =>
        cookie.sameSite !== undefined && !["strict", "lax", "none"].includes(cookie.sameSite),
    )
  ) {
    return "cookies-samesite-flag-invalid";
  }
  if (parsed.some((cookie) => !cookie.secure)) {
    if (!protectedByHsts) return "cookies-without-secure-flag";
    return parsed.some((cookie) => cookie.session && !cookie.secure)
      ? "cookies-session-without-secure-flag-but-protected-by-hsts"
      : "cookies-without-secure-flag-but-protected-by-hsts";
  }
  return parsed.every((cookie) => cookie.sameSite === "strict" || cookie.sameSite === "lax")
    ? "cookies-secure-with-httponly-sessions-and-samesite"
    : "cookies-secure-with-httponly-sessions";
}

// Cross-origin resource sharing ---------------------------------------------------------

function crossOriginResourceSharing(headers: HeaderMap): string {
  const origin = first(headers.get("access-control-allow-origin"))?.trim();
  if (!origin) return "cross-origin-resource-sharing-not-implemented";
  if (origin === "*") return "cross-origin-resource-sharing-implemented-with-public-access";
  const credentials = first(headers.get("access-control-allow-credentials"))?.trim();
  // The scanner asks with a foreign Origin; any origin echoed with credentials is universal.
  return credentials?.toLowerCase() === "true"
    ? "cross-origin-resource-sharing-implemented-with-universal-access"
    : "cross-origin-resource-sharing-implemented-with-restricted-access";
}

// Referrer Policy -------------------------------------------------------------------------

function referrerPolicy(values: readonly string[]): string {
  if (values.length === 0) return "referrer-policy-not-implemented";
  const good = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
  const bad = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"];
  // The last policy the browser understands is the one it uses.
  const policy = values
    .join(",")
    .split(",")
    .map((value) => value.trim().toLowerCase())
    .filter((value) => good.includes(value) || bad.includes(value))
    .at(-1);
  if (policy === undefined) return "referrer-policy-header-invalid";
  return good.includes(policy) ? "referrer-policy-private" : "referrer-policy-unsafe";
}

// Strict Transport Security -----------------------------------------------------------------

/** 15,768,000 s is six months; the Observatory accepts the common 15,552,000 (180 days). */
const SIX_MONTHS = 15_552_000;

function strictTransportSecurity(
  headers: HeaderMap,
  https: boolean,
  preloaded: boolean,
): { result: string; protects: boolean } {
  if (!https) return { result: "hsts-not-implemented-no-https", protects: false };
  if (preloaded) return { result: "hsts-preloaded", protects: true };
  const values = headers.get("strict-transport-security");
  if (!values?.length) return { result: "hsts-not-implemented", protects: false };
  const value = values.join(",");
  if (value.includes(",")) return { result: "hsts-header-invalid", protects: false };
  const maxAge = value
    .split(";")
    .map((part) => part.trim().toLowerCase())
    .find((part) => part.startsWith("max-age="));
  const seconds = maxAge ? Number.parseInt(maxAge.slice("max-age=".length), 10) : NaN;
  if (!Number.isFinite(seconds)) return { result: "hsts-header-invalid", protects: false };
  return seconds >= SIX_MONTHS
    ? { result: "hsts-implemented-max-age-at-least-six-months", protects: true }
    : { result: "hsts-implemented-max-age-less-than-six-months", protects: true };
}

// Subresource Integrity ------------------------------------------------------------------------

function subresourceIntegrity(
  headers: HeaderMap,
  html: string | undefined,
  https: boolean,
): string {
  const mime = (first(headers.get("content-type")) ?? "").split(";")[0]!.trim().toLowerCase();
  if (mime && mime !== "text/html" && mime !== "application/xhtml+xml") {
    return "sri-not-implemented-response-not-html";
  }
  const scripts = [...(html ?? "").matchAll(/<script\b([^>]*)>/gi)].map((match) => match[1]!);
  if (scripts.length === 0) return "sri-not-implemented-but-no-scripts-loaded";
  const attribute = (attributes: string, name: string) =>
    new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
      .exec(attributes)
      ?.slice(2)
      .find((value) => value !== undefined);

  const rank = [
    "sri-implemented-and-all-scripts-loaded-securely",
    "sri-implemented-and-external-scripts-loaded-securely",
    "sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
    "sri-not-implemented-but-external-scripts-loaded-securely",
    "sri-implemented-but-external-scripts-not-loaded-securely",
    "sri-not-implemented-and-external-scripts-not-loaded-securely",
  ];
  let worst: string | undefined;
  const worsen = (result: string) => {
    if (worst === undefined || rank.indexOf(result) > rank.indexOf(worst)) worst = result;
  };
  let allSameOriginWithIntegrity = true;
  let anyExternal = false;
  for (const attributes of scripts) {
    const src = attribute(attributes, "src");
    if (src === undefined) continue;
    const integrity = attribute(attributes, "integrity");
    const external = /^(https?:)?\/\//i.test(src);
    if (!external) {
      if (!integrity || !https) allSameOriginWithIntegrity = false;
      continue;
    }
    anyExternal = true;
    const secure = /^https:\/\//i.test(src);
    if (integrity && secure) continue;
    if (integrity) worsen("sri-implemented-but-external-scripts-not-loaded-securely");
    else if (secure) worsen("sri-not-implemented-but-external-scripts-loaded-securely");
    else worsen("sri-not-implemented-and-external-scripts-not-loaded-securely");
  }
  if (worst) return worst;
  if (anyExternal) return "sri-implemented-and-external-scripts-loaded-securely";
  const hasSrc = scripts.some((attributes) => attribute(attributes, "src") !== undefined);
  return hasSrc && allSameOriginWithIntegrity
    ? "sri-implemented-and-all-scripts-loaded-securely"
    : "sri-not-implemented-but-all-scripts-loaded-from-secure-origin";
}

// X-Content-Type-Options, X-Frame-Options, Cross-Origin-Resource-Policy ------------------------

function xContentTypeOptions(values: readonly string[] | undefined): string {
  const value = first(values as string[] | undefined);
  if (value === undefined) return "x-content-type-options-not-implemented";
  return value.trim().toLowerCase() === "nosniff"
    ? "x-content-type-options-nosniff"
    : "x-content-type-options-header-invalid";
}

function xFrameOptions(values: readonly string[] | undefined, csp: Policy | undefined): string {
  if (csp?.has("frame-ancestors")) return "x-frame-options-implemented-via-csp";
  const value = first(values as string[] | undefined)
    ?.trim()
    .toLowerCase();
  if (value === undefined) return "x-frame-options-not-implemented";
  if (value === "deny" || value === "sameorigin") return "x-frame-options-sameorigin-or-deny";
  if (value.startsWith("allow-from")) return "x-frame-options-allow-from-origin";
  return "x-frame-options-header-invalid";
}

function crossOriginResourcePolicy(headers: HeaderMap): string {
  const value = first(headers.get("cross-origin-resource-policy"))?.trim().toLowerCase();
  if (value === undefined) return "corp-not-implemented";
  if (value === "same-origin") return "corp-implemented-with-same-origin";
  if (value === "same-site") return "corp-implemented-with-same-site";
  if (value === "cross-origin") return "corp-implemented-with-cross-origin";
  return "corp-header-invalid";
}
