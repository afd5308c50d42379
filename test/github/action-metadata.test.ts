/** action.yml is the Action's contract with workflows; it must match what the code reads. */
import { expect, it } from "vitest";
import { INPUT_NAMES } from "../../src/github/context.js";
import { ACTION } from "./run-action.js";

it("runs the bundled file on node24", () => {
  expect(ACTION.runs).toEqual({ using: "node24", main: "dist/index.js" });
});

it("declares exactly the inputs the code reads", () => {
  expect(Object.keys(ACTION.inputs)).toEqual([...INPUT_NAMES]);
});
