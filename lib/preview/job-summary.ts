/**
 * summary.md as the pull request's job summary on GitHub: there the images are not beside
 * it but in the uploaded artifact (a zip), so every image link leads to the artifact, with
 * the image's place in it as the link's title, under a line saying where to find them.
 */
export function forJobSummary(summary: string, artifactUrl: string | undefined): string {
  if (!artifactUrl) {
    const note =
      "> The screenshots could not be uploaded: the image names below are those the preview wrote.";
    return `${note}\n\n${summary.replace(/\]\((images\/[^)\s]+)\)/g, "] ($1)")}`;
  }
  const note = `> **Screenshots and link previews:** [download the \`preview\` artifact](${artifactUrl}) (a zip file). Its \`summary.md\` is this text with every image link working.`;
  return `${note}\n\n${summary.replace(/\]\((images\/[^)\s]+)\)/g, `](${artifactUrl} "$1")`)}`;
}
