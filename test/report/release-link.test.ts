import { marked } from "marked";
import { describe, expect, it } from "vitest";
import type { Release, Snapshot } from "../../src/model.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { trustedReleaseLink } from "../../src/report/release-link.js";
import { compareOffline } from "../../src/judging.js";
import { toSnapshot } from "../../src/snapshot/normalize.js";

const policy = { failOn: "high" as const, rules: {}, ignore: [] };

function running(release: Release): Snapshot {
  return { ...toSnapshot("tickets", { initialize: { protocolVersion: "2025-06-18" } }), server: { id: "tickets", release } };
}

/** The markdown of a scan in which the server moved from `base` to `head`, and every link target in it. */
function upgrade(base: Release, head: Release): { markdown: string; hrefs: string[] } {
  const markdown = renderMarkdown(compareOffline(running(base), running(head), policy));
  const html = marked.parse(markdown, { async: false, gfm: true });
  return { markdown, hrefs: [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => match[1] ?? "") };
}

const npm = (name: string, version: string, url: string): Release => ({
  ecosystem: "npm",
  launcher: "npx",
  package: name,
  requested: "",
  version,
  integrity: `sha512-${version}`,
  url,
});

describe("the release page in the markdown report", () => {
  it("links the npmjs.com page of a release mcp-drift built, and nothing else", () => {
    const url = "https://www.npmjs.com/package/@acme/tickets-mcp/v/1.5.0-rc.1%2Bbuild.7";
    const { hrefs } = upgrade(npm("@acme/tickets-mcp", "1.4.2", "x"), npm("@acme/tickets-mcp", "1.5.0-rc.1+build.7", url));
    expect(hrefs).toEqual([url]);
  });

  it("links a pypi.org release page", () => {
    const pypi = (version: string): Release => ({
      ecosystem: "pypi",
      launcher: "uvx",
      package: "mcp-server-fetch",
      requested: "",
      version,
      files: { [`f-${version}.whl`]: "sha256:1" },
      url: `https://pypi.org/project/mcp-server-fetch/${version}/`,
    });
    expect(upgrade(pypi("1.0"), pypi("1.1")).hrefs).toEqual(["https://pypi.org/project/mcp-server-fetch/1.1/"]);
  });

  it("keeps a hostile package name escaped text: no link, no markup, no mention", () => {
    const hostile = ["evil](https://attacker.example/x)", 'x"><img src=x onerror=alert(1)>', "@evil/x) [click](javascript:alert(1)", "a b"];
    for (const name of hostile) {
      // The page as npm.ts builds it for npmjs.com: the name as the launch wrote it.
      const { markdown, hrefs } = upgrade(npm(name, "1.0.0", "x"), npm(name, "2.0.0", `https://www.npmjs.com/package/${name}/v/2.0.0`));
      expect(hrefs, name).toEqual([]);
      expect(markdown, name).not.toMatch(/<img|\]\(|javascript:/);
      expect(markdown, name).toContain("release&#45;changed");
    }
  });

  it("refuses a page that is not exactly one mcp-drift builds", () => {
    const refused = [
      "http://www.npmjs.com/package/x/v/1.0.0",
      "https://www.npmjs.com.attacker.example/package/x/v/1.0.0",
      "https://www.npmjs.com/package/../../x/v/1.0.0",
      "https://www.npmjs.com/package/x/v/1.0.0+build",
      "https://www.npmjs.com/package/x/v/1.0.0%29%5D",
      "https://www.npmjs.com/package/x/v/%E0%A4%A",
      "https://www.npmjs.com/package/X/v/1.0.0?y=1",
      "https://pypi.org/project/x/1.0",
      "https://registry.example/x/1.0.0",
      "javascript:alert(1)",
    ];
    for (const url of refused) expect(trustedReleaseLink(url), url).toBeUndefined();
    expect(trustedReleaseLink("https://www.npmjs.com/package/@a/b.c_d/v/1.0.0")).toBe("https://www.npmjs.com/package/@a/b.c_d/v/1.0.0");
  });

  it("does not link the same URL when another rule quotes it from a server's text", () => {
    const url = "https://www.npmjs.com/package/x/v/1.0.0";
    const base = toSnapshot("tickets", { initialize: { protocolVersion: "2025-06-18" } });
    const head = toSnapshot("tickets", { initialize: { protocolVersion: "2025-06-18", instructions: url } });
    const markdown = renderMarkdown(compareOffline(base, head, policy));
    expect(markdown).toContain("server&#45;instructions&#45;changed");
    expect(marked.parse(markdown, { async: false, gfm: true })).not.toContain("<a ");
  });
});
