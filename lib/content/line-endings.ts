/**
 * How a content file's bytes become text, the one way the content check and the build agree
 * on. Contentlayer reads front matter with gray-matter, which strips a UTF-8 byte-order mark
 * (as the check does) but keeps a carriage return: with Windows line endings (CRLF) the last
 * value before the closing `---` ends in "\r" (an e-mail address then fails at run time), and
 * a lone carriage return (old Mac endings, or a mix) is no line break at all to its YAML
 * parser. So a BOM is read the same by both and accepted, and any carriage return is refused
 * here, by the check and by the runtime corpus alike, with the same message.
 */

/** Strips a UTF-8 byte-order mark, which both readers ignore. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What is wrong with a text's line endings, and the (1-based) line of the first bad one. */
export function lineEndingProblem(text: string): { line: number; message: string } | undefined {
  const first = text.indexOf("\r");
  if (first < 0) return undefined;
  const line = text.slice(0, first).split("\n").length;
  const windows = /\r\n/.test(text);
  const lone = /\r(?!\n)/.test(text);
  const unix = /(?<!\r)\n/.test(text);
  const kind =
    windows && !lone && !unix
      ? "has Windows line endings (CRLF)"
      : windows || unix
        ? "has mixed line endings (some lines end in CRLF or CR, others in LF)"
        : "has old Mac line endings (CR)";
  return {
    line,
    message: `${kind}, which the site cannot read — save it with Unix line endings (LF): in VS Code click “CRLF” in the bottom bar and choose “LF”; in Notepad++ choose Edit → EOL Conversion → Unix (LF); GitHub's web editor always saves LF`,
  };
}
