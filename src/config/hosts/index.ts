import { claudeCode } from "./claude-code.js";
import { claudeDesktop } from "./claude-desktop.js";
import { codex } from "./codex.js";
import { continueDev } from "./continue.js";
import { cursor } from "./cursor.js";
import { gemini } from "./gemini.js";
import type { HostFormat } from "./host-format.js";
import { opencode } from "./opencode.js";
import { vscode } from "./vscode.js";
import { windsurf } from "./windsurf.js";
import { zed } from "./zed.js";
import { escapeRegExp } from "../../escape-regexp.js";

export type { HostConversion, HostFile, HostFormat, HostServer } from "./host-format.js";

/**
 * Every MCP host format mcp-drift reads, one adapter each. Order breaks ties: when a file's
 * content fits several hosts and its path names none of them, the first that fits reads it.
 */
export const HOST_FORMATS: readonly HostFormat[] = [
  claudeCode,
  claudeDesktop,
  cursor,
  windsurf,
  gemini,
  vscode,
  zed,
  codex,
  continueDev,
  opencode,
];

/**
 * How well a path fits a host's file pattern: its folders and name (2), its name alone (1), or
 * not (0). A pattern with `*` fits only whole: any `.json` is not a Continue block by its name.
 */
function pathFit(path: string, pattern: string): number {
  const segments = path.split(/[\\/]/);
  const wanted = pattern.split("/");
  const tail = segments.slice(-wanted.length);
  const same = (segment: string | undefined, want: string) =>
    segment !== undefined &&
    (want.includes("*") ? new RegExp(`^${want.split("*").map(escapeRegExp).join("[^/]*")}$`).test(segment) : segment === want);
  if (tail.length === wanted.length && wanted.every((want, index) => same(tail[index], want))) return 2;
  return !pattern.includes("*") && segments.at(-1) === wanted.at(-1) ? 1 : 0;
}

/** The host whose format the file has: among those its content fits, the one its path names best. */
export function hostFormatOf(path: string, data: unknown): { format: HostFormat; pattern?: string } | undefined {
  let best: { format: HostFormat; pattern?: string; fit: number } | undefined;
  for (const format of HOST_FORMATS) {
    if (!format.matches(data)) continue;
    for (const pattern of [...format.projectFiles, ...format.userFiles, undefined]) {
      const fit = pattern === undefined ? 0 : pathFit(path, pattern);
      if (!best || fit > best.fit) best = { format, ...(pattern !== undefined && fit === 2 ? { pattern } : {}), fit };
    }
  }
  return best && { format: best.format, ...(best.pattern !== undefined ? { pattern: best.pattern } : {}) };
}
