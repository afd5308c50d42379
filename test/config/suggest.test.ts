import { expect, test } from "vitest";
import { suggestion } from "../../src/config/suggest.js";

test.each([
  ["hgih", ["critical", "high", "medium"], ' (did you mean "high"?)'],
  ["cmd", ["command", "args", "cwd"], ' (did you mean "command"?)'],
  ["Command", ["command", "cwd"], ' (did you mean "command"?)'],
  ["description-chnaged", ["description-changed", "tool-added"], ' (did you mean "description-changed"?)'],
  ["banana", ["command", "args", "env"], ""],
])("suggestion(%j)", (input, candidates, expected) => {
  expect(suggestion(input, candidates)).toBe(expected);
});
