/**
 * Fitting a Markdown report into GitHub's size limits (65,536 characters for a comment or a
 * pull request body) without breaking what still renders: the cut falls between lines,
 * never inside a code fence, and HTML blocks left open (`<details>`) are closed.
 */

/** GitHub's limit for a comment or a pull request body, in characters. */
export const BODY_LIMIT = 65_536;

/** Elements without a closing tag; they never stay open. */
const VOID_ELEMENTS = new Set(["br", "hr", "img", "input", "meta", "link", "wbr", "col", "source", "area", "base", "embed", "track"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g;
/** A fence line: up to three spaces of indent in a plain block; our lists indent further. */
const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;

/** What is open after a line: the fence that must close first, then HTML elements, innermost last. */
interface OpenState {
  fence?: string;
  elements: string[];
}

function afterLine(state: OpenState, line: string): OpenState {
  const fence = FENCE.exec(line);
  if (state.fence !== undefined) {
    // Only a fence of the same character, at least as long and with nothing after it, closes.
    const closes = fence !== null && fence[1]![0] === state.fence[0] && fence[1]!.length >= state.fence.length && fence[2]!.trim() === "";
    return closes ? { elements: state.elements } : state;
  }
  if (fence !== null) return { fence: fence[1]!, elements: state.elements };
  const elements = [...state.elements];
  for (const [, closing, rawName, selfClosing] of line.matchAll(TAG)) {
    const name = rawName!.toLowerCase();
    if (VOID_ELEMENTS.has(name) || selfClosing === "/") continue;
    if (closing === "") elements.push(name);
    else {
      const index = elements.lastIndexOf(name);
      if (index !== -1) elements.length = index;
    }
  }
  return { elements };
}

function closingTags(elements: readonly string[]): string {
  return [...elements]
    .reverse()
    .map((name) => `</${name}>\n`)
    .join("");
}

function notice(total: number, limit: number, fullReportAt: string): string {
  return (
    `\n> [!NOTE]\n> This report is ${total} characters long, over the ${limit}-character limit here, ` +
    `and was truncated. The full report is in ${fullReportAt}.\n`
  );
}

/**
 * `body` unchanged when it fits in `limit` UTF-16 units (a bound on GitHub's character
 * count); otherwise the longest run of whole lines that ends outside any code fence, the
 * closing tags of HTML elements still open there, and a notice saying what was cut and where
 * `fullReportAt` the whole report is. The result never exceeds `limit`.
 */
export function truncateMarkdown(body: string, limit: number, fullReportAt: string): string {
  if (body.length <= limit) return body;
  const tail = notice(body.length, limit, fullReportAt);
  const lines = body.split("\n");
  let best = "";
  let kept = "";
  let state: OpenState = { elements: [] };
  for (const line of lines) {
    kept += `${line}\n`;
    state = afterLine(state, line);
    if (state.fence !== undefined) continue;
    const candidate = kept + closingTags(state.elements);
    if (candidate.length + tail.length > limit) break;
    best = candidate;
  }
  const result = best + tail;
  if (result.length > limit) throw new RangeError(`truncateMarkdown: limit ${limit} is too small for the notice`);
  return result;
}
