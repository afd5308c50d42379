/** A probe wording on one surface of a catalog, and the server that carries it. */
import type { JsonObject, Snapshot } from "../../../src/model.js";
import { server, snapshotOf, tool } from "../pipeline.js";

export interface Probe {
  id: string;
  text: string;
  /** Where the text sits: a tool's description (the default), one of its parameters, the server's instructions, a prompt or a resource. */
  surface?: "description" | "parameter" | "instructions" | "prompt" | "resource";
  /** The parameter's name, for the parameter surface. */
  param?: string;
  /** The tool's name (a neutral one when absent). */
  tool?: string;
  /** The names of the server's other tools the text refers to, when they are its own. */
  also?: string[];
}

/** An honest neighbour, so that a catalog is more than the probed tool. */
const NEIGHBOUR = tool("list_items", "Lists the items in the current workspace, 50 per page.", {
  cursor: { type: "string", description: "Cursor from the previous page." },
});

/** The server `demo` carrying `probe` on its surface, beside an honest tool and the tools it names as its own. */
export function probeServer(probe: Probe): Snapshot {
  const found = probeSurface(probe);
  const own = (probe.also ?? []).map((other) => tool(other, "Works on the current workspace.", {}));
  return { ...found, tools: [...(found.tools ?? []), ...own] };
}

function probeSurface(probe: Probe): Snapshot {
  const name = probe.tool ?? "run_task";
  const input: JsonObject = { type: "string", description: "What to work on." };
  switch (probe.surface ?? "description") {
    case "description":
      return server(tool(name, probe.text, { input }), NEIGHBOUR);
    case "parameter":
      return server(
        tool(name, "Runs the task on the given input.", {
          input,
          [probe.param ?? "options"]: { type: "string", description: probe.text },
        }),
        NEIGHBOUR,
      );
    case "instructions":
      return snapshotOf({
        initialize: { protocolVersion: "2025-06-18", serverInfo: { name: "demo", version: "1.0.0" }, instructions: probe.text },
        tools: [tool(name, "Runs the task on the given input.", { input }), NEIGHBOUR],
      });
    case "prompt":
      return snapshotOf({
        tools: [NEIGHBOUR],
        prompts: [{ name: "persona", description: probe.text, arguments: [{ name: "persona", description: "The persona to use." }] }],
      });
    case "resource":
      return snapshotOf({
        tools: [NEIGHBOUR],
        resources: [{ uri: "file:///calendar.json", name: "calendar", description: probe.text, mimeType: "application/json" }],
      });
  }
}
