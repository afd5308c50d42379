import type { RuleHit } from "../model.js";
import { capabilityRises, type CapabilityRise } from "../classify/capability-rises.js";
import type { Rule } from "../classify/rule.js";
import { describeItem, excerpt } from "../message-text.js";

export const writeCapabilityAdded: Rule = {
  id: "write-capability-added",
  kind: "drift",
  defaultSeverity: "high",
  summary: "A new tool can change data, or a tool that only read can now write.",
  doc:
    "Reviewers approve a server for what its tools do, and clients often let read-only tools run " +
    "without asking. A new tool that creates, updates, moves or overwrites — or a reading tool " +
    'whose description now says "read and update", whose `readOnlyHint` turned false, or that ' +
    "gained a switch such as `overwrite` — changes what an agent can do to the user's data. The tier " +
    "reads side effects stated anywhere in the description, in several languages, so a reader whose " +
    "new sentence says it deletes, sends or installs as it runs rises whether or not it still claims " +
    "`readOnlyHint: true`. The " +
    "tier is read from the tool's name, title, description, parameters and annotations (the " +
    "reasons are the evidence); annotations can raise it but never lower it. High by default; " +
    "medium when the tool says nothing either way and counts as write only because it never " +
    "claims to read. Tools that delete, publish, move money, run code, change access, send " +
    "messages or read secrets are reported by `high-impact-capability-added` instead.",
  example: 'tools/read_issue/description: "Read issue status" → "Read and update issue status"',
  check: (ctx) => [
    ...capabilityRises(ctx)
      .filter((rise) => rise.after.tier === "write")
      .map(writeHit),
  ],
};

/** By how the tool came to write, and whether it said so or only failed to say it reads. */
const MESSAGES = {
  added: { said: "was added and can change data", presumed: "was added and does not say it only reads (counted as write)" },
  rose: { said: "can now change data (read → write)", presumed: "no longer says it only reads (read → write)" },
} as const;

function writeHit({ name, before, after }: CapabilityRise): RuleHit {
  const message = MESSAGES[before ? "rose" : "added"][after.presumed ? "presumed" : "said"];
  return {
    entity: "tool",
    name,
    field: "",
    message: `${describeItem("tool", name)} ${message}`,
    evidence: excerpt(after.reasons.join("; ")),
    ...(after.presumed ? { severity: "medium" as const } : {}),
  };
}
