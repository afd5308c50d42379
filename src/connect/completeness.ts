/**
 * A catalog that is complete only for now: a server that announces `tools.listChanged` and
 * offers a known dynamic-toolset meta tool loads more tools when the model asks it to, so
 * what the scan read is the starting set, not everything an agent can be given.
 */
import { isJsonObject, type RawCatalog } from "../model.js";

/** Meta tools of known dynamic-toolset designs (GitHub's MCP server, Speakeasy, proxies and gateways). */
export const DYNAMIC_TOOLSET_TOOLS: ReadonlySet<string> = new Set([
  "enable_toolset",
  "list_available_toolsets",
  "get_toolset_tools",
  "list_tools",
  "describe_tools",
  "search_tools",
  "find_tools",
  "load_tools",
  "activate_tools",
  "enable_tools",
  "execute_tool",
  "call_tool",
]);

/** The notice for such a server, or undefined when its catalog is what it says it is. */
export function completenessNotice(serverId: string, raw: RawCatalog): string | undefined {
  const tools = isJsonObject(raw.initialize.capabilities) ? raw.initialize.capabilities.tools : undefined;
  if (!isJsonObject(tools) || tools.listChanged !== true) return undefined;
  const meta = (raw.tools ?? [])
    .map((tool) => tool.name)
    .filter((name): name is string => typeof name === "string" && DYNAMIC_TOOLSET_TOOLS.has(name));
  if (meta.length === 0) return undefined;
  return (
    `${serverId}: its catalog may be incomplete: it announces tools.listChanged and offers ${meta.map((n) => JSON.stringify(n)).join(", ")}, ` +
    "through which an agent can load tools this scan did not see; scan it with those toolsets enabled to cover them"
  );
}
