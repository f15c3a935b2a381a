/**
 * The workflow that previews a pull request's content (.github/workflows/content-preview.yml)
 * is valid for GitHub — read by GitHub's own workflow parser, which checks it against the
 * workflow schema and parses every expression — and does what CONTRIBUTING.md promises: on
 * pull requests touching content/, the check first, then the preview even when the check
 * failed, the preview/ folder uploaded and its summary shown on the run's page.
 * (tests/integration/preview.test.ts runs its steps' commands the way GitHub runs them.)
 */
import fs from "node:fs";
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow,
} from "@actions/workflow-parser";
import { describe, expect, it } from "vitest";
import { forJobSummary } from "@/lib/preview/job-summary";

async function read(name: string, content = fs.readFileSync(name, "utf8")) {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
  return {
    errors: parsed.context.errors.getErrors().map((error) => error.message),
    // Plain data: strings for the parser's string tokens, { expr } for expressions.
    template: JSON.parse(JSON.stringify(template)) as typeof template,
  };
}

type Step = { id: string; run?: string; uses?: string; if?: { expr: string } };

describe("the content-preview workflow", () => {
  it("every workflow file is valid for GitHub", async () => {
    for (const file of fs.readdirSync(".github/workflows")) {
      expect((await read(`.github/workflows/${file}`)).errors, file).toEqual([]);
    }
    // The parser does find mistakes: an unknown key, a broken expression.
    const bad =
      "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.x.outputs..y }}\n        iff: true\n";
    expect((await read("bad.yml", bad)).errors).toEqual([
      "bad.yml (Line: 6, Col: 14): Unexpected symbol: '.y'. Located at position 17 within expression: steps.x.outputs..y",
      "bad.yml (Line: 7, Col: 9): Unexpected value 'iff'",
    ]);
  });

  it("runs on pull requests that change content/: the check, then the preview, even when the check failed", async () => {
    const { template } = await read(".github/workflows/content-preview.yml");
    expect(template.events).toEqual({ pull_request: { paths: ["content/**"] } });
    const steps = (template.jobs[0] as unknown as { steps: Step[] }).steps;
    const ids = steps.map((step) => step.id);
    const step = (id: string) => steps.find((candidate) => candidate.id === id)!;
    expect(step("check").run).toBe("npm run content:check");
    expect(step("preview").run).toMatch(
      /^npm run preview -- --base "origin\/\$GITHUB_BASE_REF" --out preview$/,
    );
    expect(ids.indexOf("check")).toBeLessThan(ids.indexOf("preview"));
    expect(step("preview").if!.expr).toContain("!cancelled()");
    expect(step("preview").if!.expr).not.toContain("steps.check");
    expect(step("upload").uses).toMatch(/^actions\/upload-artifact@/);
    expect(step("upload").if!.expr).toContain("!cancelled()");
    expect(step("summary").run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(ids.indexOf("upload")).toBeLessThan(ids.indexOf("summary"));
    const text = fs.readFileSync(".github/workflows/content-preview.yml", "utf8");
    expect(text).toMatch(/\n {10}path: preview\/\n/);
    expect(text).toContain("fetch-depth: 0");
  });
});

describe("the job summary", () => {
  const summary =
    "# Preview\n\n  - English: [phone](images/news-a-en-phone.png) · [desktop](images/news-a-en-desktop.png)\n";

  it("leads every image link to the uploaded artifact, saying where in it the image is", () => {
    expect(forJobSummary(summary, "https://github.com/o/r/actions/runs/1/artifacts/2")).toBe(
      "> **Screenshots and link previews:** [download the `preview` artifact](https://github.com/o/r/actions/runs/1/artifacts/2) (a zip file). Its `summary.md` is this text with every image link working.\n\n" +
        '# Preview\n\n  - English: [phone](https://github.com/o/r/actions/runs/1/artifacts/2 "images/news-a-en-phone.png") · [desktop](https://github.com/o/r/actions/runs/1/artifacts/2 "images/news-a-en-desktop.png")\n',
    );
  });

  it("names the images without links when nothing was uploaded", () => {
    expect(forJobSummary(summary, undefined)).toBe(
      "> The screenshots could not be uploaded: the image names below are those the preview wrote.\n\n" +
        "# Preview\n\n  - English: [phone] (images/news-a-en-phone.png) · [desktop] (images/news-a-en-desktop.png)\n",
    );
  });
});
