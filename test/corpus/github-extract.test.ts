/**
 * The github-real source's extractor (scripts/corpus/github_extract.py, driven by
 * scripts/corpus/github.ts) on three small servers written for it
 * (fixtures/corpus/github-fixture/): the catalogs they would announce, read from their source
 * without running them. The expected input schemas are what pydantic 2 gives for the same
 * signatures (model_json_schema of the argument model the mcp SDK's FastMCP builds; fastmcp 2
 * prunes the titles), with `$defs` resolved in place, as the extractor writes them.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ExtractedCatalog, extractPython, type GithubRepository, namespaced, snapshotOf } from "../../scripts/corpus/github.js";
import { catalogLines } from "../../scripts/corpus/lines.js";
import { DEFAULT_MANIFEST, readManifest } from "../../scripts/corpus/manifest.js";
import { loadCorpus } from "../../scripts/eval.js";
import { isJsonObject, type Json, type JsonObject } from "../../src/model.js";
import { ROOT } from "../helpers/paths.js";

const FIXTURE = join(ROOT, "fixtures/corpus/github-fixture");
const catalogs = extractPython(FIXTURE, [
  { id: "weather", paths: ["weather"] },
  { id: "notes", paths: ["notes"] },
  { id: "lowlevel", paths: ["lowlevel"] },
]);
const tool = (catalog: ExtractedCatalog | undefined, name: string) => catalog?.tools.find((t) => t.name === name);

/** A pydantic schema with its `$ref`s replaced by the `$defs` they name (siblings such as a default kept). */
function inline(schema: JsonObject): JsonObject {
  const defs = isJsonObject(schema.$defs) ? schema.$defs : {};
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isJsonObject(value)) return value;
    const out: JsonObject = {};
    for (const [key, v] of Object.entries(value)) if (key !== "$defs" && key !== "$ref") out[key] = walk(v);
    if (typeof value.$ref === "string") {
      const target = defs[value.$ref.replace("#/$defs/", "")];
      if (isJsonObject(target)) return { ...(walk(target) as JsonObject), ...out };
    }
    return out;
  };
  return walk(schema) as JsonObject;
}

describe("github_extract.py on a mcp SDK FastMCP server", () => {
  const weather = catalogs.weather;

  it("names tools by name= or the function, in the order the code registers them", () => {
    expect(weather?.tools.map((t) => t.name)).toEqual(["get_forecast", "alerts", "find_place"]);
  });

  it("takes a static description= over the docstring, and cleans a docstring as inspect.getdoc does", () => {
    expect(tool(weather, "alerts")?.description).toBe("Active weather alerts for a US state.");
    expect(tool(weather, "get_forecast")?.description).toBe(
      "Get the weather forecast for a location.\n\nArgs:\n    latitude: Latitude of the place\n    longitude: Longitude of the place",
    );
  });

  it("builds input schemas as pydantic does: Field and Annotated descriptions, bounds, defaults (a module constant too), Literal, Optional, titles", () => {
    // pydantic 2.13: create_model("get_forecastArguments", ...).model_json_schema()
    expect(tool(weather, "get_forecast")?.inputSchema).toEqual({
      properties: {
        latitude: { description: "Latitude of the place", maximum: 90, minimum: -90, title: "Latitude", type: "number" },
        longitude: { title: "Longitude", type: "number" },
        days: { default: 3, title: "Days", type: "integer" },
        units: { default: "metric", enum: ["metric", "imperial"], title: "Units", type: "string" },
      },
      required: ["latitude", "longitude"],
      title: "get_forecastArguments",
      type: "object",
    });
    expect(tool(weather, "alerts")?.inputSchema).toEqual({
      properties: {
        state: { description: "Two-letter state code", title: "State", type: "string" },
        tags: { anyOf: [{ items: { type: "string" }, type: "array" }, { type: "null" }], default: null, title: "Tags" },
      },
      required: ["state"],
      title: "get_alertsArguments",
      type: "object",
    });
  });

  it("inlines the server's own model and enum classes where pydantic refers to $defs", () => {
    const pydantic: JsonObject = {
      $defs: {
        Place: {
          description: "Where to look.",
          properties: {
            city: { description: "City name, e.g. Lisbon", title: "City", type: "string" },
            country: { anyOf: [{ type: "string" }, { type: "null" }], default: null, title: "Country" },
          },
          required: ["city"],
          title: "Place",
          type: "object",
        },
        Units: { enum: ["metric", "imperial"], title: "Units", type: "string" },
      },
      properties: { place: { $ref: "#/$defs/Place" }, units: { $ref: "#/$defs/Units", default: "metric" } },
      required: ["place"],
      title: "find_placeArguments",
      type: "object",
    };
    expect(tool(weather, "find_place")?.inputSchema).toEqual(inline(pydantic));
  });

  it("gives prompts with their arguments, resources and templates with their MIME type, and the instructions", () => {
    expect(weather?.prompts).toEqual([
      {
        name: "plan_trip",
        description: "Plan a trip around the weather.",
        arguments: [
          { name: "city", required: true },
          { name: "month", required: false },
        ],
      },
    ]);
    expect(weather?.resources).toEqual([
      { uri: "weather://stations", name: "stations", description: "Every weather station the server knows.", mimeType: "application/json" },
    ]);
    expect(weather?.resourceTemplates).toEqual([
      {
        uriTemplate: "weather://stations/{station_id}",
        name: "station",
        description: "One station's latest reading.",
        mimeType: "text/plain",
      },
    ]);
    expect(weather?.instructions).toBe("Weather forecasts and alerts. Temperatures are in Celsius unless `units` says otherwise.");
  });

  it("leaves out, and reports, a tool whose description is built at run time, and never reads the server's tests", () => {
    expect(tool(weather, "convert")).toBeUndefined();
    expect(weather?.unresolved).toEqual([expect.stringMatching(/weather\/server\.py: tool convert: description not static$/u)]);
    expect(tool(weather, "only_in_a_test")).toBeUndefined();
  });
});

describe("github_extract.py on fastmcp 2 and low-level servers", () => {
  it("prunes pydantic's titles for fastmcp 2, drops its Context parameter and takes a bare @mcp.tool", () => {
    const notes = catalogs.notes;
    // pydantic 2.13 for add_note, less every title (fastmcp 2's compress_schema prune_titles).
    expect(tool(notes, "add_note")).toEqual({
      name: "add_note",
      description: "Add a note.\n\nThe note is kept in memory until the server stops.",
      inputSchema: {
        properties: { title: { description: "The note's title", maxLength: 120, type: "string" }, body: { default: "", type: "string" } },
        required: ["title"],
        type: "object",
      },
    });
    expect(tool(notes, "list-notes")?.inputSchema).toEqual({
      properties: { limit: { default: 50, type: "integer" }, tag: { anyOf: [{ type: "string" }, { type: "null" }], default: null } },
      type: "object",
    });
  });

  it("reads the low-level Server's Tool(...) with a literal schema or a model's model_json_schema()", () => {
    expect(catalogs.lowlevel?.tools).toEqual([
      {
        name: "now",
        description: "The current time in a time zone.",
        inputSchema: {
          type: "object",
          properties: { zone: { type: "string", description: "IANA time zone, e.g. Europe/Lisbon" } },
          required: ["zone"],
        },
      },
      {
        name: "shift",
        description: "Shift a time by some hours.",
        // pydantic 2.13: Shift.model_json_schema()
        inputSchema: {
          properties: { hours: { title: "Hours", type: "integer" }, zone: { default: "UTC", title: "Zone", type: "string" } },
          required: ["hours"],
          title: "Shift",
          type: "object",
        },
      },
    ]);
  });

  it("names a mounted server's tools and prompts under its namespace, and writes corpus lines as the npm sources do", () => {
    const mounted = namespaced(catalogs.notes!, "notes");
    expect(mounted.tools.map((t) => t.name)).toEqual(["notes_add_note", "notes_list-notes"]);
    const lines = catalogLines("github-real", "weather", snapshotOf("weather", catalogs.weather!));
    expect(lines.map((l) => l.id)).toEqual([
      "github-real/weather/instructions/",
      "github-real/weather/tool/get_forecast",
      "github-real/weather/tool/alerts",
      "github-real/weather/tool/find_place",
      "github-real/weather/prompt/plan_trip",
      "github-real/weather/resource/weather://stations",
      "github-real/weather/resourceTemplate/weather://stations/{station_id}",
    ]);
  });
});

describe("the github-real source in the manifest", () => {
  const manifest = readManifest(join(ROOT, DEFAULT_MANIFEST));
  const source = manifest.sources.find((s) => s.name === "github-real");
  const repositories = (source as unknown as { repositories?: GithubRepository[] } | undefined)?.repositories ?? [];

  it("pins every repository at a commit with its licence, and holds lines of its servers only", () => {
    expect(source?.holdoutHalf).toBe(true);
    expect(repositories.length).toBeGreaterThanOrEqual(10);
    for (const repo of repositories) {
      expect(repo.repository, repo.repository).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/u);
      expect(repo.commit, repo.repository).toMatch(/^[0-9a-f]{40}$/u);
      expect(repo.licence, repo.repository).toMatch(/^(MIT|Apache-2\.0|BSD-3-Clause)\b/u);
    }
    const servers = new Set(repositories.flatMap((r) => r.servers.map((s) => s.id)));
    expect(servers.size, "a server id is pinned twice").toBe(repositories.flatMap((r) => r.servers).length);
    const corpus = loadCorpus(join(ROOT, DEFAULT_MANIFEST), ROOT);
    const items = corpus.items.filter((i) => i.source === "github-real" || i.source === "github-real/held-out");
    expect(items.length).toBeGreaterThanOrEqual(600);
    for (const item of items) expect(servers.has(item.server), item.id).toBe(true);
  });
});
