/**
 * Progress of a scan on standard error. On a terminal, a live line per server being scanned
 * (starting, the handshake, each list and its page) under the lines of the servers that are
 * done; elsewhere (CI logs, a file) one line per server as it finishes, nothing redrawn.
 * Server ids and messages are untrusted: every piece is escaped before it is written.
 */
import type { ProgressEvent, ProgressListener } from "../connect/progress.js";
import { CATALOG_LISTS, type CatalogList } from "../model.js";
import { escapeTerminal } from "./escape.js";
import { plural } from "./wording.js";

export interface ProgressOutput {
  write: (text: string) => void;
  /** The terminal's width; absent when the output is not a terminal (then nothing is redrawn). */
  columns?: number;
  /** The terminal's height: the live lines are kept within it. */
  rows?: number;
}

/** Redraws are coalesced: pages can arrive far faster than anyone reads. */
const REDRAW_MS = 80;
/** The elapsed time on live lines moves even while a server says nothing (a cold `npx`). */
const TICK_MS = 1000;

const LIST_WORDS: Record<CatalogList, string> = {
  tools: "tools",
  prompts: "prompts",
  resources: "resources",
  resourceTemplates: "resource templates",
};

interface ServerState {
  started: number;
  /** What the server is doing, when it is not listing. */
  activity: string;
  /** The lists being read, in the order they began: the page asked for, or the items once complete. */
  lists: Map<CatalogList, { page: number; items?: number }>;
}

/**
 * A listener that draws a scan's progress on `output`. Every server ends with `done` or
 * `failed`, which leaves its line and takes it out of the live ones, so once the scan is over
 * nothing live is left and no timer runs; the timers never keep the process alive either.
 */
export function progressRenderer(output: ProgressOutput): ProgressListener {
  const now = Date.now;
  const live = output.columns !== undefined;
  const active = new Map<string, ServerState>();
  let drawnLines = 0;
  let redraw: NodeJS.Timeout | undefined;
  let ticker: NodeJS.Timeout | undefined;

  const toWidth = (line: string): string => (output.columns === undefined ? line : fitWidth(line, output.columns - 1));
  const erase = (): string => (drawnLines > 0 ? `\x1b[${drawnLines}A\r\x1b[J` : "");
  const region = (): string[] => {
    const lines = [...active].map(([id, state]) =>
      toWidth(`  ${escapeTerminal(id)}: ${describe(state)} · ${seconds(now() - state.started)}`),
    );
    // Beyond the screen's height the cursor cannot climb back: the rest are counted instead.
    const room = Math.max(1, (output.rows ?? 24) - 2);
    return lines.length <= room ? lines : [...lines.slice(0, room - 1), toWidth(`  … and ${lines.length - room + 1} more`)];
  };
  /** Writes `finished` (a line that stays) above freshly drawn live lines, in one write. */
  const draw = (finished?: string): void => {
    if (redraw !== undefined) clearTimeout(redraw);
    redraw = undefined;
    const lines = region();
    output.write(`${erase()}${finished === undefined ? "" : `${toWidth(finished)}\n`}${lines.map((line) => `${line}\n`).join("")}`);
    drawnLines = lines.length;
    if (active.size === 0 && ticker !== undefined) {
      clearInterval(ticker);
      ticker = undefined;
    } else if (active.size > 0 && ticker === undefined) {
      ticker = setInterval(() => draw(), TICK_MS);
      ticker.unref();
    }
  };

  return (event: ProgressEvent): void => {
    const state = active.get(event.server) ?? { started: now(), activity: "starting", lists: new Map() };
    if (event.phase === "done" || event.phase === "failed") {
      active.delete(event.server);
      const line = finishedLine(event, now() - state.started);
      if (live) draw(line);
      else output.write(`${line}\n`);
      return;
    }
    active.set(event.server, state);
    switch (event.phase) {
      case "starting":
        state.activity = "starting";
        break;
      case "handshake":
        state.activity = "handshake";
        break;
      case "listing":
        state.lists.set(event.list, { page: event.page });
        break;
      case "listed":
        state.lists.set(event.list, { page: 0, items: event.items });
        break;
      case "reading":
        state.lists.clear();
        state.activity = `reading ${plural(event.resources, "ui:// resource")}`;
        break;
      case "probing":
        state.lists.clear();
        state.activity = "second readings";
        break;
    }
    if (live && redraw === undefined) {
      redraw = setTimeout(() => draw(), REDRAW_MS);
      redraw.unref();
    }
  };
}

/** `listing tools (page 2), prompts 12 ✓`, or what the server is doing besides listing. */
function describe(state: ServerState): string {
  if (state.lists.size === 0) return state.activity;
  const parts = [...state.lists].map(([list, { page, items }]) =>
    items !== undefined ? `${LIST_WORDS[list]} ${items} ✓` : page > 1 ? `${LIST_WORDS[list]} (page ${page})` : LIST_WORDS[list],
  );
  return `listing ${parts.join(", ")}`;
}

/** `scanned github in 1.4s: 26 tools, 3 prompts` or `failed github after 2.0s: timed out …`. */
function finishedLine(event: Extract<ProgressEvent, { phase: "done" | "failed" }>, ms: number): string {
  const id = escapeTerminal(event.server);
  if (event.phase === "failed") {
    // Errors carry the server's id already.
    const message = event.message.startsWith(`${event.server}: `) ? event.message.slice(event.server.length + 2) : event.message;
    return `failed ${id} after ${seconds(ms)}: ${escapeTerminal(message)}`;
  }
  const counts = CATALOG_LISTS.flatMap(({ list }) => {
    const count = event.items[list];
    return count === undefined ? [] : [`${count} ${count === 1 ? LIST_WORDS[list].replace(/s$/, "") : LIST_WORDS[list]}`];
  });
  return `scanned ${id} in ${seconds(ms)}: ${counts.length > 0 ? counts.join(", ") : "no lists announced"}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** The line cut to `width` terminal columns (wide characters count two), an ellipsis marking the cut. */
function fitWidth(line: string, width: number): string {
  const widthOf = (char: string): number => ((char.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1);
  let total = 0;
  for (const char of line) total += widthOf(char);
  if (total <= width) return line;
  let used = 0;
  let end = 0;
  for (const char of line) {
    if (used + widthOf(char) > width - 1) break;
    used += widthOf(char);
    end += char.length;
  }
  return `${line.slice(0, end)}…`;
}
