/**
 * Large catalogs for the bench, generated deterministically from the real tools of published
 * servers (fixtures/corpus/npm-real.jsonl: real descriptions, real nested input and output
 * schemas, annotations). Tool i is the real tool i mod N under a gateway-style namespace, and
 * its description opens with that namespace, so no two descriptions are the same text (a
 * scanner that judges each wording once is not flattered by repeats; the later sentences
 * are as repetitive as the real servers' own).
 */
import { readFileSync } from "node:fs";

type Tool = Record<string, unknown> & { name: string; description?: string; inputSchema?: Record<string, unknown> };

export interface Catalog {
  serverInfo: { name: string; version: string };
  tools: Tool[];
}

export function realTools(corpusFile: string): Tool[] {
  return readFileSync(corpusFile, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { tool?: Tool }).tool)
    .filter((tool): tool is Tool => tool !== undefined);
}

/**
 * The real tools of several corpus files once each, under their own servers: a scan of many
 * distinct servers, where no description repeats another's (the servers' parameters still
 * repeat as real ones do), for what classification costs when nothing is a repeat.
 */
export function realServers(corpusFiles: readonly string[]): Map<string, Tool[]> {
  const servers = new Map<string, Tool[]>();
  for (const file of corpusFiles) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const { tool, server, source } = JSON.parse(line) as { tool?: Tool; server?: string; source?: string };
      if (tool === undefined) continue;
      const id = `${source ?? "corpus"}-${server ?? "server"}`;
      const tools = servers.get(id) ?? [];
      tools.push(tool);
      servers.set(id, tools);
    }
  }
  return servers;
}

/** A short, distinct namespace per round through the real tools: a, b, …, z, ba, bb, … */
function namespace(round: number): string {
  let code = "";
  let rest = round;
  do {
    code = String.fromCharCode(97 + (rest % 26)) + code;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `ws${code}`;
}

/** Whether tool i is among the 1 % a changed catalog changes (spread evenly through the list). */
export function isChanged(index: number): boolean {
  return index % 100 === 50;
}

/**
 * `count` tools. With `changed`, 1 % of them (isChanged) have a longer description and one
 * more input parameter, as a release that extends some tools would.
 */
export function largeCatalog(real: readonly Tool[], count: number, changed: boolean): Catalog {
  const tools: Tool[] = [];
  for (let i = 0; i < count; i++) {
    const source = real[i % real.length]!;
    const space = namespace(Math.floor(i / real.length));
    const tool: Tool = {
      ...source,
      name: `${space}__${source.name}`,
      description: `[${space}] ${source.description ?? ""}`,
    };
    if (changed && isChanged(i)) {
      tool.description += " Results now include archived records, with their full revision history.";
      const schema = source.inputSchema ?? { type: "object" };
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      tool.inputSchema = {
        ...schema,
        properties: { ...properties, include_archived: { type: "boolean", description: "Also return archived records." } },
      };
    }
    tools.push(tool);
  }
  return { serverInfo: { name: "bench-gateway", version: changed ? "1.1.0" : "1.0.0" }, tools };
}
