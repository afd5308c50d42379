import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { collectServer } from "../../src/connect/collect.js";
import type { CapabilityTier, JsonObject } from "../../src/model.js";
import { assessTool, capabilityOf } from "../../src/capability/capability.js";
import { nameWords } from "../../src/words.js";
import { ROOT, tempDir } from "../helpers/paths.js";

const tierOf = (tool: JsonObject): CapabilityTier => assessTool(tool).tier;
const reasonsOf = (tool: JsonObject): string[] => assessTool(tool).reasons;

/** The tools a real published server lists, asked over stdio as a scan would. */
async function realTools(pkg: string, dir: string): Promise<JsonObject[]> {
  const raw = await collectServer({
    id: pkg,
    transport: "stdio",
    command: process.execPath,
    args: [join(ROOT, "node_modules", pkg, "dist/index.js"), dir],
    env: { MEMORY_FILE_PATH: join(dir, "memory.jsonl") },
    timeoutMs: 20_000,
    secrets: [],
  });
  return raw.tools ?? [];
}

const tiersByName = (tools: JsonObject[]) => Object.fromEntries(tools.map((tool) => [tool.name, tierOf(tool)]));

describe("capability tiers of real published servers", () => {
  const tools: Record<string, JsonObject[]> = {};

  beforeAll(async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "allowed"));
    for (const pkg of ["fs-old", "fs-new", "memory-old", "memory-new"]) {
      tools[pkg] = await realTools(pkg, join(dir, "allowed"));
    }
  });

  const filesystem = {
    create_directory: "write",
    get_file_info: "read",
    list_allowed_directories: "read",
    list_directory: "read",
    move_file: "write",
    read_file: "read",
    read_multiple_files: "read",
    search_files: "read",
    write_file: "write",
  };
  const memory = {
    add_observations: "write",
    create_entities: "write",
    create_relations: "write",
    delete_entities: "high-impact",
    delete_observations: "high-impact",
    delete_relations: "high-impact",
    open_nodes: "read",
    read_graph: "read",
    search_nodes: "read",
  };

  it("server-filesystem 0.6.2, without annotations: tiers from names and descriptions alone", () => {
    expect(tiersByName(tools["fs-old"]!)).toEqual(filesystem);
  });

  it("server-filesystem 2026.8.31: the new edit_file writes, the new readers read", () => {
    expect(tiersByName(tools["fs-new"]!)).toEqual({
      ...filesystem,
      directory_tree: "read",
      edit_file: "write",
      list_directory_with_sizes: "read",
      read_media_file: "read",
      read_text_file: "read",
    });
  });

  it("server-memory in both releases: deleting from the graph is high-impact", () => {
    expect(tiersByName(tools["memory-old"]!)).toEqual(memory);
    expect(tiersByName(tools["memory-new"]!)).toEqual(memory);
  });

  it("never has to presume a tier for them, and says why for each", () => {
    for (const tool of Object.values(tools).flat()) {
      expect(assessTool(tool).presumed, String(tool.name)).toBe(false);
    }
    const byName = (pkg: string, name: string) => tools[pkg]!.find((tool) => tool.name === name)!;
    expect(reasonsOf(byName("fs-new", "directory_tree"))).toEqual(['description: "get"', "annotation readOnlyHint: true"]);
    expect(reasonsOf(byName("fs-new", "edit_file"))).toContain("annotation destructiveHint: true");
    expect(reasonsOf(byName("memory-new", "delete_entities"))[0]).toBe('name verb "delete"');
  });
});

describe("capability tiers of common tool shapes", () => {
  it.each([
    // GitHub
    ["get_issue", "Get details of a specific issue in a GitHub repository.", "read"],
    ["create_issue", "Create a new issue in a GitHub repository.", "write"],
    ["merge_pull_request", "Merge a pull request.", "high-impact"],
    ["push_files", "Push multiple files to a GitHub repository in a single commit.", "high-impact"],
    ["add_collaborator", "Add a collaborator to a repository.", "high-impact"],
    ["list_secret_scanning_alerts", "List secret scanning alerts in a repository.", "read"],
    ["get_latest_release", "Get the latest release of a repository.", "read"],
    ["create_release", "Create a release from a tag.", "high-impact"],
    ["create_deployment_status", "Create a deployment status.", "write"],
    ["set_visibility", "Set a repository's visibility.", "high-impact"],
    ["rotate_api_key", "Rotate an API key.", "high-impact"],
    // Slack and mail
    ["send_message", "Send a message to a Slack channel.", "high-impact"],
    ["reply_to_thread", "Reply to a thread in a channel.", "high-impact"],
    ["list_channels", "List public channels in the workspace.", "read"],
    // Payments
    ["create_refund", "Refund a charge.", "high-impact"],
    ["list_payments", "List recent payments.", "read"],
    // Execution and secrets
    ["execute_sql", "Execute a SQL query.", "high-impact"],
    ["run_command", "Run a shell command.", "high-impact"],
    ["run_query", "Run a read-only SQL query.", "read"],
    ["get_secret", "Get a secret value by name.", "high-impact"],
    ["count_tokens", "Count the tokens in a text.", "read"],
    // Not what the word first suggests
    ["pdf_merger", "Merge multiple PDF files into one.", "write"],
    ["resolve-library-id", "Resolves a package name to a library ID.", "read"],
    ["resolve_issue", "Resolve an issue.", "write"],
    ["get_release_notes", "Release notes for a version.", "read"],
    ["open_nodes", "Open specific nodes in the knowledge graph by their names.", "read"],
    ["open_pull_request", "Open a new pull request.", "write"],
    ["convert_time", "Convert time between timezones.", "read"],
  ] as const)("%s: %s → %s", (name, description, tier) => {
    expect(tierOf({ name, description, inputSchema: { type: "object" } })).toBe(tier);
  });

  it("names the family and the words of a high-impact tool", () => {
    const refund = assessTool({ name: "create_refund", description: "Refund a charge." });
    expect(refund.families).toEqual(["money"]);
    expect(refund.reasons).toEqual(['name verb "create" on "refund"', 'description: "refund"']);
    expect(assessTool({ name: "add_member" }).families).toEqual(["access"]);
    expect(assessTool({ name: "run_python_code" }).families).toEqual(["execution"]);
    expect(assessTool({ name: "get_api_key" }).families).toEqual(["secrets"]);
  });
});

describe("verbs in names", () => {
  it("splits camelCase, snake_case, kebab-case and dots", () => {
    expect(nameWords("deleteRepo")).toEqual(["delete", "repo"]);
    expect(nameWords("repo.delete")).toEqual(["repo", "delete"]);
    expect(nameWords("delete-repo")).toEqual(["delete", "repo"]);
    expect(nameWords("getURLContent")).toEqual(["get", "url", "content"]);
  });

  it.each(["deleteRepo", "repo.delete", "delete_repo", "delete-repo", "github_delete_repo"])("%s deletes", (name) => {
    expect(reasonsOf({ name })).toEqual(['name verb "delete"']);
    expect(tierOf({ name })).toBe("high-impact");
  });

  it("reads every verb joined to the first one", () => {
    expect(tierOf({ name: "get_or_create_user" })).toBe("write");
    expect(tierOf({ name: "search_and_replace" })).toBe("write");
    expect(tierOf({ name: "read_and_delete" })).toBe("high-impact");
  });

  it("reads a noun-like verb that ends a name as the noun", () => {
    expect(tierOf({ name: "play_style_comment", annotations: { readOnlyHint: true } })).toBe("read");
    expect(tierOf({ name: "comment_on_issue" })).toBe("write");
  });

  it("sees through look-alike letters", () => {
    expect(tierOf({ name: "d\u0435lete_repo" })).toBe("high-impact"); // Cyrillic е
  });
});

describe("verbs in descriptions", () => {
  const read = (description: string) => ({ name: "read_issue", description });

  it("counts a verb joined to the opening one: read and update is write", () => {
    expect(tierOf(read("Read issue status."))).toBe("read");
    expect(tierOf(read("Read and update issue status."))).toBe("write");
    expect(reasonsOf(read("Read and update issue status."))).toEqual(['description: "read and update"']);
    expect(tierOf(read("Read issues and close them when done."))).toBe("write");
  });

  it("counts what later sentences say the tool does, not what they tell the model to do", () => {
    expect(tierOf(read("Read an issue. Also deletes it once read."))).toBe("high-impact");
    expect(reasonsOf(read("Read an issue. Also deletes it once read."))).toEqual(['description: "also deletes"']);
    expect(tierOf(read("Read an issue. It then sends a copy to the reporter."))).toBe("high-impact");
    expect(tierOf(read("Read an issue. Delete it afterwards with delete_issue."))).toBe("read");
    expect(tierOf(read("Read an issue. To delete issues, use delete_issue."))).toBe("read");
  });

  it("counts verbs after a purpose phrase about the tool itself", () => {
    expect(tierOf({ name: "issues", description: "Allows the agent to delete issues." })).toBe("high-impact");
    expect(tierOf({ name: "issues", description: "Use this tool to send an issue digest." })).toBe("high-impact");
    // Another tool's purpose is not this one's: nothing is said about this tool.
    expect(assessTool({ name: "issues", description: "Use delete_issue to remove issues." }).presumed).toBe(true);
  });

  it("does not count a negated verb", () => {
    expect(tierOf(read("Read an issue. Never deletes anything."))).toBe("read");
    expect(tierOf(read("Read an issue. It does not modify the issue."))).toBe("read");
  });

  it("reads a verb that is also a noun as a verb only when an object follows", () => {
    expect(tierOf({ name: "feed", description: "Posts from the user's feed." })).toBe("write"); // presumed
    expect(assessTool({ name: "feed", description: "Posts from the user's feed." }).presumed).toBe(true);
    expect(tierOf({ name: "feed", description: "Posts a message to the user's feed." })).toBe("high-impact");
  });

  it("reads titles like descriptions", () => {
    expect(tierOf({ name: "notes", title: "Delete note" })).toBe("high-impact");
    expect(tierOf({ name: "notes", title: "Directory Tree", annotations: { readOnlyHint: true } })).toBe("read");
  });
});

describe("annotations", () => {
  it("believes readOnlyHint: true when nothing says otherwise", () => {
    expect(assessTool({ name: "tree", annotations: { readOnlyHint: true } })).toMatchObject({
      tier: "read",
      reasons: ["annotation readOnlyHint: true"],
    });
  });

  it("does not let readOnlyHint: true lower a tool whose words say more, and says so", () => {
    expect(reasonsOf({ name: "delete_repo", annotations: { readOnlyHint: true } })).toEqual([
      'name verb "delete"',
      'annotation readOnlyHint: true contradicts name verb "delete"',
    ]);
    expect(tierOf({ name: "execute", annotations: { readOnlyHint: true } })).toBe("high-impact");
    expect(tierOf({ name: "update_cache", annotations: { readOnlyHint: true } })).toBe("write");
  });

  it("counts readOnlyHint: false and destructiveHint: true as write", () => {
    expect(tierOf({ name: "read_note", annotations: { readOnlyHint: false } })).toBe("write");
    expect(reasonsOf({ name: "tree", annotations: { destructiveHint: true } })).toEqual(["annotation destructiveHint: true"]);
    // The spec gives destructiveHint no meaning on a read-only tool.
    expect(tierOf({ name: "tree", annotations: { readOnlyHint: true, destructiveHint: true } })).toBe("read");
  });

  it("presumes write for a tool that says nothing about itself", () => {
    expect(assessTool({ name: "weather" })).toMatchObject({
      tier: "write",
      presumed: true,
      reasons: ["no read verb and no readOnlyHint: counted as write"],
    });
    expect(assessTool({ name: "天气", description: "查询天气" }).presumed).toBe(true);
  });
});

describe("parameters", () => {
  const withParameters = (name: string, properties: JsonObject, description = "") => ({
    name,
    description,
    inputSchema: { type: "object", properties },
  });

  it("counts a command or script parameter as execution", () => {
    expect(tierOf(withParameters("get_status", { command: { type: "string" } }))).toBe("high-impact");
    expect(tierOf(withParameters("get_status", { opts: { type: "object", properties: { shell: { type: "string" } } } }))).toBe(
      "high-impact",
    );
    expect(tierOf(withParameters("get_html", { removeScripts: { type: "boolean" } }))).toBe("read");
  });

  it("counts code and sql only when the text says they run or write", () => {
    expect(tierOf(withParameters("sandbox", { code: { type: "string", description: "Python code to execute." } }))).toBe("high-impact");
    expect(tierOf(withParameters("verify_login", { code: { type: "string", description: "The 6-digit code." } }))).toBe("read");
    expect(tierOf(withParameters("query_db", { sql: { type: "string" } }, "Query the database with SELECT."))).toBe("read");
    expect(tierOf(withParameters("query_db", { sql: { type: "string" } }, "Query the database; INSERT and UPDATE allowed."))).toBe(
      "high-impact",
    );
  });

  it("counts recipients, and a `to` that takes an address", () => {
    expect(tierOf(withParameters("digest", { recipients: { type: "array", items: { type: "string" } } }))).toBe("high-impact");
    expect(tierOf(withParameters("get_logs", { to: { type: "string", description: "End date." } }))).toBe("read");
    expect(tierOf(withParameters("get_logs", { to: { type: "string", format: "email" } }))).toBe("high-impact");
  });

  it("counts amounts and roles only on a tool that writes", () => {
    expect(tierOf(withParameters("convert_currency", { amount: { type: "number" }, currency: { type: "string" } }))).toBe("read");
    expect(tierOf(withParameters("create_order", { amount: { type: "number" } }))).toBe("high-impact");
    expect(tierOf(withParameters("list_users", { role: { type: "string" } }))).toBe("read");
    expect(assessTool(withParameters("update_user", { role: { type: "string" } })).families).toEqual(["access"]);
  });

  it("reads the verbs an action parameter offers", () => {
    const manage = withParameters("manage_issue", { action: { type: "string", enum: ["get", "close", "delete"] } });
    expect(tierOf(manage)).toBe("high-impact");
    expect(reasonsOf(manage)).toEqual(['parameter "action" value "delete"']);
  });

  it("counts switches that keep what the tool does, and dry runs", () => {
    expect(tierOf(withParameters("search_notes", { save: { type: "boolean" } }))).toBe("write");
    expect(tierOf(withParameters("search_notes", { overwrite: { type: "boolean" } }))).toBe("write");
    expect(reasonsOf(withParameters("notes", { dryRun: { type: "boolean" } }))).toEqual(['parameter "dryRun"']);
    expect(tierOf(withParameters("search_notes", { includeArchived: { type: "boolean" } }))).toBe("read");
  });
});

describe("capabilityOf", () => {
  it("gives the report's shape, the same for the same tool every time", () => {
    const tool = { name: "delete_note", description: "Delete a note permanently." };
    expect(capabilityOf(tool)).toEqual({
      name: "delete_note",
      tier: "high-impact",
      reasons: ['name verb "delete"', 'description: "delete"'],
    });
    expect(capabilityOf(structuredClone(tool))).toEqual(capabilityOf(tool));
  });

  it("quotes server text in reasons so it cannot break a line", () => {
    const reasons = reasonsOf({ name: "x", inputSchema: { type: "object", properties: { "x\n::error:: command": { type: "string" } } } });
    expect(reasons).toEqual(['parameter "x\\n::error:: command"']);
  });
});
