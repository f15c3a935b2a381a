/** Text shown as is within a line of Markdown: characters that could start markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~]/g, "\\$&");
}

/** A path or file name in a code span. */
export const code = (text: string) => `\`${text}\``;
