/**
 * A front-matter YAML error in plain words: what an editor most likely did on that line and
 * how to fix it first, the parser's own wording last (for whoever needs it).
 */
import type { YAMLError } from "yaml";

/** Word's and other editors' quotation marks, which YAML does not read as quotes. */
export const TYPOGRAPHIC_QUOTES = /[“”„‟‘’‚‛«»]/;

const GENERIC =
  "check this line and the one above it: each field is `name: value` on its own line, list items are indented by two spaces and start with `- `";

function plainWords({ code, message }: YAMLError, lineText: string): string {
  const value = lineText.replace(/^\s*(?:-\s+)?[^:\s]+:\s*/, "");
  if (TYPOGRAPHIC_QUOTES.test(value) && /:\s/.test(value)) {
    return 'the value is wrapped in typographic quotes (“ ”), which do not count as quotes, and contains ": " — replace them with straight double quotes, e.g. title: "Regional workshop: day one"';
  }
  switch (code) {
    case "BLOCK_AS_IMPLICIT_KEY":
      return /:\s/.test(value)
        ? 'the value contains ": ", which would start another field — put the whole value in straight double quotes, e.g. title: "Almaty: the alliance is launched"'
        : "this line is indented more than the field above it — start it at the same place as the other fields";
    case "MULTILINE_IMPLICIT_KEY":
      return /^\s*[^:\s]+:/.test(lineText)
        ? "this line is indented differently from the fields around it — start each field at the same place"
        : "this line is not written as `name: value` — add the colon and a space after the field's name, or join it to the line above";
    case "DUPLICATE_KEY":
      return "this field appears twice — keep one of the two lines";
    case "TAB_AS_INDENT":
      return "this line is indented with a tab — indent with spaces (two per level)";
    case "MISSING_CHAR":
      return /Sequence item without/.test(message)
        ? GENERIC
        : "a quotation mark or bracket opened here is not closed — close it on the same line";
    case "BAD_INDENT":
      return /\[/.test(lineText) || /end with a \]/.test(message)
        ? "a list started with [ (on this line or the one above) is not closed with ] — close it on the same line, or write one item per line starting with `- `"
        : "this line's indentation does not match the lines around it — indent list items by two spaces";
    case "UNEXPECTED_TOKEN":
    case "BAD_SCALAR_START":
      return /^'.*'.*'/.test(value.trim()) || /^".*".*"/.test(value.trim())
        ? `the value's quotation marks close too early — put it in the other kind of quotes, e.g. "it's", or double the inner quote`
        : 'the value starts with a special character — put the whole value in straight double quotes, e.g. title: "#16Days: the campaign begins"';
    default:
      return GENERIC;
  }
}

/** The message for a front matter YAML cannot read; `lineText` is the line the error is on. */
export function yamlMessage(error: YAMLError, lineText: string): string {
  return `the front matter cannot be read: ${plainWords(error, lineText)} (YAML reader: ${error.message.split("\n")[0]})`;
}
