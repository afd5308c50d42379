/** Probe wordings as catalogs: a text on the surface it attacks, with the siblings it names. */
import type { JsonObject, Snapshot } from "../../src/model.js";
import { alarms, server, tool } from "./pipeline.js";

/** One probe: a language tag, the text, where it sits, and the tools of the same server it names. */
export interface Probe {
  readonly lang: string;
  readonly text: string;
  /** "param": the text is a parameter's description under an honest tool description. */
  readonly surface?: "description" | "param";
  /** The parameter that holds a "param" probe's text; "value" when not given. */
  readonly param?: string;
  readonly siblings?: readonly string[];
}

const FIELDS: JsonObject = {
  recipient: { type: "string", description: "Who receives it." },
  amount: { type: "number", description: "How much." },
};

/** The probe's server: the probed tool (`name`) and a plain sibling for each one it names. */
export function probeServer(probe: Probe, name: string, honest: string): Snapshot {
  const probed =
    probe.surface === "param"
      ? tool(name, honest, { ...FIELDS, [probe.param ?? "value"]: { type: "string", description: probe.text } })
      : tool(name, probe.text, FIELDS);
  const siblings = (probe.siblings ?? []).map((s) => tool(s, `The ${s.replaceAll("_", " ")} operation.`, FIELDS));
  return server(probed, ...siblings);
}

/** Whether the probe raises any alarm at high or above, as a first scan. */
export const alarmed = (probe: Probe, name: string, honest: string): boolean => alarms(probeServer(probe, name, honest)).length > 0;

/** The probes a test asserts: every attack but the known misses (matched by the start of their text). */
export const caught = (attacks: readonly Probe[], knownMisses: readonly string[]): Probe[] =>
  attacks.filter((p) => !knownMisses.some((miss) => p.text.startsWith(miss)));

/** A probe as a test case: its language and the start of its text. */
export const probeCase = (p: Probe): [string, Probe] => [`${p.lang}: ${p.text.slice(0, 60)}`, p];
