/**
 * Translation rules. content/<folder>/<slug>.<language>.md is its original's text in
 * another language: the original must exist; the fields the two share (date, category,
 * signatories, initiatives, countries, tags, …) are the original's, so a translation may
 * leave them out, and where it repeats one it must be the same; and a translation has its
 * own text. (The file name and each field's form are checked in source.ts and by the
 * translation schemas.)
 */
import { fieldName, languageForEditors, type ContentIssue } from "./issues";
import { buildUnreadableIndex, unreadableTarget, type Index, type UnreadableIndex } from "./reference-rules";
import { DOCUMENT_TYPES } from "./schema";
import type { SourceDocument } from "./source";
import { suggest } from "./suggest";

const shown = (value: unknown) =>
  Array.isArray(value) ? `[${value.map((entry) => String(entry)).join(", ")}]` : JSON.stringify(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function translationIssues(
  document: SourceDocument,
  index: Index,
  unreadable: UnreadableIndex = buildUnreadableIndex(),
): ContentIssue[] {
  if (!document.locale) return [];
  const original = index[document.type].get(document.slug);
  const language = languageForEditors(document.locale);
  const folder = document.file.split("/").slice(0, -1).join("/");
  const unreadableOriginal = unreadable[document.type].get(document.slug);
  if (!original && unreadableOriginal) {
    return [
      {
        file: document.file,
        line: 1,
        message: `is a ${language} translation of ${unreadableOriginal}, which ${unreadableTarget(unreadableOriginal).replace(`${unreadableOriginal} `, "")}`,
      },
    ];
  }
  if (!original) {
    const hint = suggest(document.slug, [...index[document.type].keys()]);
    return [
      {
        file: document.file,
        line: 1,
        message: `is a ${language} translation of ${folder}/${document.slug}.md, which does not exist — ${
          hint
            ? `did you mean ${folder}/${hint}.${document.locale}.md?`
            : `name the file after its original (${folder}/<original>.${document.locale}.md), or add the original first`
        }`,
      },
    ];
  }

  const issues: ContentIssue[] = [];
  const at = (fieldPath: PropertyKey[]) => ({
    file: document.file,
    line: document.lineOf(fieldPath),
    field: fieldName(fieldPath),
  });
  const {
    translated: translatedFields,
    sharedInside,
    replaceableInside,
  } = DOCUMENT_TYPES[document.type];
  const translated = new Set<string>(translatedFields);
  const shared: Readonly<Record<string, readonly string[]>> = sharedInside;
  const replaceable: Readonly<Record<string, readonly string[]>> = replaceableInside;
  for (const [field, value] of Object.entries(document.data)) {
    if (value === undefined || value === null) continue;
    const originalValue = original.data[field];
    if (field in shared) {
      if (originalValue === undefined) {
        issues.push({
          ...at([field]),
          message: `the original (${original.file}) has no ${field} — translate only what the original has: delete these lines, or add the ${field} to the original first`,
        });
        continue;
      }
      // A list (documents) is translated entry by entry, in the original's order.
      const pairs: [PropertyKey[], unknown, unknown][] = Array.isArray(value)
        ? value.map((entry, index) => [[field, index], entry, (originalValue as unknown[])[index]])
        : [[[field], value, originalValue]];
      if (Array.isArray(value) && Array.isArray(originalValue) && value.length !== originalValue.length) {
        issues.push({
          ...at([field]),
          message: `lists ${value.length} here but ${originalValue.length} in ${original.file} — a translation lists the same ${field} as its original, in the same order, each with its own words`,
        });
        continue;
      }
      for (const [entryPath, own, theirs] of pairs) {
        for (const inner of shared[field]!) {
          if (replaceable[field]?.includes(inner)) continue;
          const ownPart = (own as Record<string, unknown>)[inner];
          const theirPart = (theirs as Record<string, unknown>)[inner];
          if (ownPart !== undefined && !same(ownPart, theirPart)) {
            issues.push({
              ...at([...entryPath, inner]),
              message: `is ${shown(ownPart)} here but ${shown(theirPart)} in ${original.file} — the ${language} text shares it with the original: delete the line, or make them the same`,
            });
          }
        }
      }
      continue;
    }
    if (translated.has(field)) continue;
    if (originalValue === undefined) {
      issues.push({
        ...at([field]),
        message: `the original (${original.file}) has no ${field} — a translation repeats only fields of its original: delete the line here, or add it to the original`,
      });
    } else if (!same(value, originalValue)) {
      issues.push({
        ...at([field]),
        message: `is ${shown(value)} here but ${shown(originalValue)} in ${original.file} — a translation shares ${field} with its original: delete the line (it is taken from the original), or make them the same`,
      });
    }
  }

  if (!document.body.trim() && original.body.trim()) {
    issues.push({
      file: document.file,
      line: document.bodyLine,
      field: "body",
      message: `has no text — write the ${language} text of ${original.file} below the front matter`,
    });
  }

  const updated = document.data.updated;
  const date = original.data.date;
  if (typeof updated === "string" && typeof date === "string" && updated < date) {
    issues.push({
      ...at(["updated"]),
      message: `${updated} is before the date ${date} of ${original.file} — the update cannot come before the publication`,
    });
  }
  return issues;
}
