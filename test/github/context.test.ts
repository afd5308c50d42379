import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContext, repositoryPath } from "../../src/github/context.js";

describe("repositoryPath", () => {
  const workspace = join("/", "runner", "work", "repo");

  it("is relative to the workspace, with / separators", () => {
    expect(repositoryPath(workspace, join(workspace, "tools", "snapshots", "notes.json"))).toBe("tools/snapshots/notes.json");
    expect(repositoryPath(workspace, workspace)).toBe("");
  });

  it("keeps a folder whose name merely starts with two dots", () => {
    expect(repositoryPath(workspace, join(workspace, "..baselines", "notes.json"))).toBe("..baselines/notes.json");
  });

  it("refuses a file outside the workspace", () => {
    expect(() => repositoryPath(workspace, join(workspace, "..", "other", "notes.json"))).toThrow(/outside the repository/);
    expect(() => repositoryPath(workspace, join(workspace, ".."))).toThrow(/outside the repository/);
  });
});

describe("readContext", () => {
  it("lists the inputs that are secrets, so no output shows them", async () => {
    const context = await readContext(
      { "INPUT_GITHUB-TOKEN": " ghs_input_token_0123 ", INPUT_MODE: "check", INPUT_COMMENT: "auto" },
      process.cwd(),
    );
    expect(context.inputs.githubToken).toBe("ghs_input_token_0123");
    expect(context.secrets).toEqual(["ghs_input_token_0123"]);
    expect((await readContext({ INPUT_MODE: "check" }, process.cwd())).secrets).toEqual([]);
  });
});
