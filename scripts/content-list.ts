/**
 * `npm run content:list`: every initiative, topic, organisation and country an item can name,
 * with its title (lib/content/content-list.ts).
 */
import { contentList } from "../lib/content/content-list";
import { contentDir } from "../lib/content/paths";
import { readContent } from "../lib/content/source";

console.log(contentList(readContent(contentDir()).documents));
