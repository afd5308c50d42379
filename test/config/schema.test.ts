import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { CONFIG_DEFAULTS, DEFAULT_CONFIG_FILES } from "../../src/config/index.js";
import schema from "../../src/config/schema.json" with { type: "json" };
import { findingFingerprint } from "../../src/fingerprint.js";

type SchemaNode = { [key: string]: unknown };

/** Every schema under a `properties` keyword, with its path. */
function propertySchemas(node: unknown, path = "#"): [string, SchemaNode][] {
  if (typeof node !== "object" || node === null) return [];
  const found: [string, SchemaNode][] = [];
  for (const [key, child] of Object.entries(node)) {
    if (key === "properties" && typeof child === "object" && child !== null) {
      for (const [name, property] of Object.entries(child)) {
        // `false` marks keys a oneOf branch forbids; it has nothing to document.
        if (typeof property === "object" && property !== null) found.push([`${path}/properties/${name}`, property as SchemaNode]);
      }
    }
    found.push(...propertySchemas(child, `${path}/${key}`));
  }
  return found;
}

describe("schema.json", () => {
  test("is a valid draft 2020-12 schema", () => {
    const ajv = new Ajv2020();
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(ajv.errors ?? []).toEqual([]);
  });

  test("documents every property with a title and a description", () => {
    const properties = propertySchemas(schema);
    expect(properties.length).toBeGreaterThan(20);
    const undocumented = properties.filter(([, property]) => !property.title || !property.description).map(([path]) => path);
    expect(undocumented).toEqual([]);
  });

  test("states the defaults the loader applies", () => {
    expect(schema.properties.snapshots.default).toBe(CONFIG_DEFAULTS.snapshots);
    expect(schema.properties.failOn.default).toBe(CONFIG_DEFAULTS.failOn);
    expect(schema.properties.concurrency.default).toBe(CONFIG_DEFAULTS.concurrency);
    expect(schema.$defs.server.properties.timeout.description).toContain(`Default ${CONFIG_DEFAULTS.timeoutMs / 1000}s`);
    expect(schema.properties.timeout.description).toContain(`Default ${CONFIG_DEFAULTS.timeoutMs / 1000}s`);
    expect(schema.properties.runTimeout.description).toContain(`Default ${CONFIG_DEFAULTS.runTimeoutMs / 60_000}m`);
    for (const limits of [schema.properties, schema.$defs.server.properties]) {
      expect(limits.maxItems.description).toContain(`Default ${CONFIG_DEFAULTS.maxItems}.`);
      expect(limits.maxResponseBytes.description).toContain(`Default ${CONFIG_DEFAULTS.maxResponseBytes / 2 ** 20}MiB`);
      expect(limits.maxCatalogBytes.description).toContain(`Default ${CONFIG_DEFAULTS.maxCatalogBytes / 2 ** 20}MiB`);
    }
  });

  test("server ids must be safe file names", () => {
    const ajv = new Ajv2020({ allowUnionTypes: true, strictRequired: false });
    const validServerId = ajv.compile(schema.$defs.serverId);
    for (const id of ["filesystem", "legacy.events", "a_b-c", "1"]) expect(validServerId(id), id).toBe(true);
    for (const id of [".", "..", "../x", "a/b", "a\\b", "Upper", "-x", "", "x".repeat(129)]) {
      expect(validServerId(id), id).toBe(false);
    }
  });

  test("an ignore's fingerprint is exactly what a finding carries", () => {
    const validFingerprint = new Ajv2020().compile(schema.$defs.fingerprint);
    const head = { format: "mcp-drift/snapshot@1", server: { id: "a" }, initialize: {} } as const;
    const printed = findingFingerprint({ serverId: "a", head }, "tool-added", { entity: "server", name: "a", field: "", evidence: "" });
    expect(validFingerprint(printed)).toBe(true);
    for (const partial of [printed.slice(0, 12), printed.slice(0, 63), printed.toUpperCase()]) {
      expect(validFingerprint(partial), partial).toBe(false);
    }
  });

  test("the default config files are mcp-drift.yml then mcp-drift.yaml", () => {
    expect(DEFAULT_CONFIG_FILES).toEqual(["mcp-drift.yml", "mcp-drift.yaml"]);
  });
});
