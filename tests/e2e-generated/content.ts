/** The generated corpus the site under test was built with, read as the bundled tests read theirs. */
import path from "node:path";
import { loadContent } from "../e2e/content";
import { generatedSiteDir } from "./site";

export const generated = loadContent(path.join(generatedSiteDir(), "test-content"));
