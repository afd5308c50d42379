import { atLeast, type Config, type ExitCode, type FailOn, type Finding, type IgnoreEntry, type ServerReport } from "../model.js";
import { describesOnly } from "../classify/classify.js";
import { ruleById } from "../rules/index.js";

/**
 * Applies the config's rule overrides and ignores to classified findings. Detection stays in
 * the rules; this decides only what counts. Pure: returns new objects.
 */
export function applyPolicy(
  servers: ServerReport[],
  policy: Pick<Config, "rules" | "ignore">,
  today: string,
): { servers: ServerReport[]; notices: string[] } {
  const notices: string[] = [];
  const active: IgnoreEntry[] = [];
  for (const entry of policy.ignore) {
    // ISO dates compare correctly as strings; the expiry day itself still counts.
    if (entry.expires !== undefined && entry.expires < today) {
      notices.push(`${describeIgnore(entry)} expired on ${entry.expires}`);
      continue;
    }
    if (entry.expires !== undefined && entry.expires > aYearAfter(today)) {
      // 2207 for 2027 reads as a near date in review and never comes.
      notices.push(`${describeIgnore(entry)} expires on ${entry.expires}, more than a year away: check the year`);
    }
    active.push(entry);
  }

  const used = new Set<IgnoreEntry>();
  const result = servers.map((server): ServerReport => {
    const findings = server.findings.flatMap((finding): Finding[] => {
      const override = policy.rules[finding.rule];
      if (override === "off") return [];
      // An override sets how loud a rule is, not whether a first scan is an audit.
      const rule = ruleById(finding.rule);
      const audit = rule !== undefined && describesOnly(rule, server.status === "new");
      const entry = active.find((e) => matches(e, server.id, finding));
      if (entry) used.add(entry);
      return [
        {
          ...finding,
          ...(override && !audit ? { severity: override } : {}),
          ...(entry ? { ignored: true, ignoreReason: entry.reason } : {}),
        },
      ];
    });
    return { ...server, findings };
  });

  // An ignore for a server that was not scanned or failed cannot be judged stale this run,
  // nor can one without a server while any server failed: it may be that server's.
  const judged = new Set(servers.filter((s) => s.status !== "error").map((s) => s.id));
  const allJudged = judged.size === servers.length;
  for (const entry of active) {
    if (!used.has(entry) && (entry.server === undefined ? allJudged : judged.has(entry.server))) {
      notices.push(`stale: ${describeIgnore(entry)} matched no finding; remove it or update it`);
    }
  }
  return { servers: result, notices };
}

/** 2 if any scan failed, else 1 if a finding that counts reaches `failOn`, else 0. */
export function exitCodeFor(servers: ServerReport[], failOn: FailOn): ExitCode {
  if (servers.some((s) => s.status === "error")) return 2;
  const failing = servers.some((s) => s.findings.some((f) => !f.ignored && atLeast(f.severity, failOn)));
  return failing ? 1 : 0;
}

function matches(entry: IgnoreEntry, serverId: string, finding: Finding): boolean {
  return (
    entry.rule === finding.rule &&
    (entry.server === undefined || entry.server === serverId) &&
    (entry.item === undefined || entry.item === `${finding.entity}:${finding.name}`) &&
    (entry.fingerprint === undefined || entry.fingerprint === finding.fingerprint)
  );
}

/** The same day a year later, as YYYY-MM-DD: compared as a string, so a February 29 bound still orders right. */
function aYearAfter(day: string): string {
  return `${String(Number(day.slice(0, 4)) + 1).padStart(4, "0")}${day.slice(4)}`;
}

/** `ignore for suspicious-parameter on filesystem tool:write_file`. */
function describeIgnore(entry: IgnoreEntry): string {
  const target = [entry.server, entry.item, entry.fingerprint && `fingerprint ${entry.fingerprint}`]
    .filter((part): part is string => Boolean(part))
    .join(" ");
  return `ignore for ${entry.rule}${target ? ` on ${target}` : ""}`;
}
