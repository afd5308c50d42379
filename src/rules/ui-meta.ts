/** What MCP Apps (`io.modelcontextprotocol/ui`) declares in a catalog, read for the ui-* rules. */
import { isJsonObject, type Json, type JsonObject } from "../model.js";
import { CONTENT_FIELD } from "../snapshot/normalize.js";

/** The `_meta.ui` of an item or content entry, if it is an object. */
export function uiMeta(item: JsonObject): JsonObject | undefined {
  const meta = item._meta;
  return isJsonObject(meta) && isJsonObject(meta.ui) ? meta.ui : undefined;
}

/**
 * True when the tool is shown to the app only. `visibility` defaults to both audiences, so
 * a tool without one is model-visible.
 */
export function isAppOnly(tool: JsonObject): boolean {
  const visibility = uiMeta(tool)?.visibility;
  return Array.isArray(visibility) && !visibility.includes("model");
}

/**
 * Every domain and permission a UI resource asks for: `csp.<kind>:<domain>` and
 * `permission:<name>`, from the listed item's `_meta.ui`, its content's (as read), and the
 * dedicated origin (`domain`).
 */
export function uiGrants(resource: JsonObject): Set<string> {
  const grants = new Set<string>();
  const metas = [uiMeta(resource)];
  const content = resource[CONTENT_FIELD];
  if (Array.isArray(content)) for (const entry of content) if (isJsonObject(entry)) metas.push(uiMeta(entry));
  for (const ui of metas) {
    if (ui === undefined) continue;
    if (isJsonObject(ui.csp)) {
      for (const [kind, domains] of Object.entries(ui.csp)) {
        if (Array.isArray(domains)) for (const domain of domains) if (typeof domain === "string") grants.add(`csp.${kind}:${domain}`);
      }
    }
    if (isJsonObject(ui.permissions)) for (const name of Object.keys(ui.permissions)) grants.add(`permission:${name}`);
    if (typeof ui.domain === "string") grants.add(`domain:${ui.domain}`);
  }
  return grants;
}

/** The content digests of a read resource, joined; undefined when it was not read. */
export function contentDigest(resource: JsonObject): string | undefined {
  const content = resource[CONTENT_FIELD];
  if (!Array.isArray(content)) return undefined;
  return content.map((entry: Json) => (isJsonObject(entry) && typeof entry.sha256 === "string" ? entry.sha256 : "?")).join(",");
}
