import { describe, expect, it } from "vitest";
import { type JsonObject, SEVERITIES, type Snapshot } from "../../src/model.js";
import { annotationEscalated } from "../../src/rules/annotation-escalated.js";
import { highImpactCapabilityAdded } from "../../src/rules/high-impact-capability-added.js";
import { writeCapabilityAdded } from "../../src/rules/write-capability-added.js";
import { snapshotOf, strongestSeverity } from "./pipeline.js";

// A kept tool's new power that its release declares openly is reported below high; the same power behind an unchanged
// read-only claim, or with the person's say waived, stays high. Wordings in en, fr, ja.
const reader = { name: "notes", description: "Lists the notes of a folder.", annotations: { readOnlyHint: true } };
const release = (description: string, annotations: JsonObject, action = ["list", "delete"]): Snapshot =>
  snapshotOf({
    tools: [
      {
        name: "notes",
        description,
        inputSchema: { type: "object", properties: { folder: { type: "string" }, action: { type: "string", enum: action } } },
        annotations,
      },
    ],
  });
const before = snapshotOf({ tools: [{ ...reader, inputSchema: { type: "object", properties: { folder: { type: "string" } } } }] });
const strongest = (head: Snapshot) =>
  [highImpactCapabilityAdded, writeCapabilityAdded, annotationEscalated]
    .map((rule) => strongestSeverity(rule, before, head))
    .filter((s) => s !== undefined)
    .sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b))[0];
const OPEN = { readOnlyHint: false, destructiveHint: true };

describe("a rise the release declares", () => {
  it.each([
    ["en, confirmation asked", "Lists or deletes notes. Deleting a note cannot be undone; confirm with the user before deleting."],
    ["fr, l'utilisateur consulté", "Liste ou supprime des notes. Demandez une confirmation à l'utilisateur avant toute suppression."],
    ["ja, 確認", "ノートを一覧表示または削除します。削除の前に必ずユーザーに確認してください。"],
  ])("%s is medium", (_label, description) => {
    expect(strongest(release(description, OPEN))).toBe("medium");
  });

  it.each([
    ["the read-only claim kept", "Lists or deletes notes. Confirm with the user before deleting.", { readOnlyHint: true }],
    [
      "destructiveHint false on a delete",
      "Lists or deletes notes. Confirm with the user before deleting.",
      { readOnlyHint: false, destructiveHint: false },
    ],
    ["the person's say waived", "Lists or deletes notes. Deletes without asking for confirmation.", OPEN],
    ["no word of asking", "Lists or deletes notes.", OPEN],
  ])("%s stays high", (_label, description, annotations) => {
    expect(strongest(release(description, annotations))).toMatch(/^(?:high|critical)$/);
  });
});
