/**
 * A cancelled job: the runner sends the step SIGINT, then SIGTERM. The Action must end every
 * server it started and exit, not leave them to the runner's orphan sweep. Runs the built
 * entry (`npm test` builds first) as the runner would, as a process of its own.
 */
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/paths.js";
import { killMarked, markedProcesses, newMarker, until } from "../helpers/processes.js";

const ACTION_ENTRY = join(ROOT, "build/src/action-main.js");
const ESCAPE = join(ROOT, "fixtures/servers/hostile/escape.mjs");

describe.runIf(process.platform === "linux")("the Action cancelled", () => {
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    it(`on ${signal} ends every server it started and exits ${code}`, async () => {
      const workspace = await tempDir("mcp-drift-cancel-");
      const marker = newMarker();
      const args = [ESCAPE, "stall", "--marker", marker].map((arg) => JSON.stringify(arg)).join(", ");
      await writeFile(
        join(workspace, "mcp-drift.yml"),
        [
          "version: 1",
          "servers:",
          "  stalled:",
          `    command: ${JSON.stringify(process.execPath)}`,
          `    args: [${args}]`,
          `    cwd: ${JSON.stringify(ROOT)}`,
          "",
        ].join("\n"),
      );
      const action = spawn(process.execPath, [ACTION_ENTRY], {
        cwd: workspace,
        env: {
          PATH: process.env.PATH,
          INPUT_MODE: "check",
          INPUT_COMMENT: "never",
          "INPUT_FAIL-ON": "high",
          GITHUB_WORKSPACE: workspace,
          RUNNER_TEMP: await tempDir("mcp-drift-runner-"),
          RUNNER_TRACKING_ID: "github_cancel_test",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      action.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      let closed = false;
      try {
        const exited = new Promise<number | null>((resolve) =>
          action.once("close", (code) => {
            closed = true;
            resolve(code);
          }),
        );
        // The Action loads its whole bundle before it starts the server; late in a busy full suite that
        // has taken over the default 200 checks (one clean-clone run), so this wait allows more. An
        // Action that ends before its server starts ends the wait too, and the failure shows why.
        await until(() => closed || markedProcesses(marker).length > 0, 600);
        expect(
          markedProcesses(marker).length,
          `the server never started; the Action ${closed ? "exited" : "ran on"}:\n${stderr}`,
        ).toBeGreaterThan(0);
        action.kill(signal);
        expect(await exited).toBe(code);
        expect(await until(() => markedProcesses(marker).length === 0)).toBe(true);
      } finally {
        action.kill("SIGKILL");
        killMarked(marker);
      }
    });
  }
});
