import { PageHeader } from "./PageHeader";

/**
 * `npm run dev` only: what an editor sees at the address of an item whose file has a
 * problem, in English like the content check's messages, which it lists as printed.
 */
export function ContentProblems({ problems }: { problems: readonly string[] }) {
  return (
    <div lang="en" dir="ltr">
      <PageHeader
        title="This file has a problem"
        intro="The page is not shown until the file is fixed; other pages work as usual. The content check (npm run content:check) says:"
      />
      <ul className="mt-4 space-y-2" data-content-problems>
        {problems.map((problem) => (
          <li key={problem}>
            <code className="break-words whitespace-pre-wrap">{problem}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
