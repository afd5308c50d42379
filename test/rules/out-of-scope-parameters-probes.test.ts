import { probeSuite } from "./probes/run.js";

// Technique 17: inputs the task does not need that a model will fill (the conversation, its system prompt, its tools,
// secrets, the environment, a callback, free text about the user), named in snake, camel and localised names in en, de,
// fr, es, pt, it, ja, zh, ru, ko; and the same vocabulary where the task needs it (a chat-completion tool's messages, a
// key-rotation tool's key, a webhook tool's URL, a note printed on an invoice, lines of context around a match). Written
// before the detectors were read. Known misses, not asserted: callbacks on tools that only read (probe-17-003, -017, -021,
// -024, -030: raising them to high alarmed on real async tools), `modelName`/`userContext` (-006), an `env` object (-007),
// free text asking about the user (-008, -012), an `agent_info` object (-010). A second batch (p17b: ko, it, tr, pl, nl, de, es, fr, ja, zh, ru, pt texts that ask for the
// conversation, the system prompt or the tools; a secret named as an environment variable; a model name that must be
// given), written after the first fixes, is caught whole.
probeSuite(
  "out-of-scope parameter probes",
  "out-of-scope-parameters.jsonl",
  new Set([
    ...["probe-17-003", "probe-17-006", "probe-17-007", "probe-17-008", "probe-17-010", "probe-17-012"],
    ...["probe-17-017", "probe-17-021", "probe-17-024", "probe-17-030"],
  ]),
);
