/**
 * Bounds on what one server may send and on how long a run may take. Transports count every
 * byte as they read it, so a server that floods us is stopped before it costs our memory.
 */
import { Deadline } from "../deadline.js";
import { formatBytes } from "../format-bytes.js";
import { SERVER_LIMIT_DEFAULTS, type ServerConfig } from "../model.js";

export interface ByteLimits {
  /** Most bytes in one message: a stdout line, an HTTP body, or one event of an event stream. */
  maxResponseBytes: number;
  /** Most bytes the server may send in the whole scan. */
  maxCatalogBytes: number;
}

export function byteLimits(server: Pick<ServerConfig, "maxResponseBytes" | "maxCatalogBytes">): ByteLimits {
  return {
    maxResponseBytes: server.maxResponseBytes ?? SERVER_LIMIT_DEFAULTS.maxResponseBytes,
    maxCatalogBytes: server.maxCatalogBytes ?? SERVER_LIMIT_DEFAULTS.maxCatalogBytes,
  };
}

/** Counts the bytes one server sends; shared by every stream of its transport. */
export class ByteBudget {
  private readonly breach = new AbortController();
  /** Aborted once a bound is passed; the reason is an Error that names the bound. */
  readonly exceeded: AbortSignal = this.breach.signal;
  private received = 0;

  constructor(private readonly limits: ByteLimits = byteLimits({})) {}

  /**
   * Counts `bytes` more received, while the message being read is now `messageBytes` long.
   * False once a bound is passed: the caller stops reading.
   */
  count(bytes: number, messageBytes: number): boolean {
    if (this.exceeded.aborted) return false;
    this.received += bytes;
    const { maxResponseBytes, maxCatalogBytes } = this.limits;
    if (messageBytes > maxResponseBytes) {
      this.breach.abort(new Error(`a message from the server is larger than maxResponseBytes (${formatBytes(maxResponseBytes)})`));
    } else if (this.received > maxCatalogBytes) {
      this.breach.abort(new Error(`the server sent more than maxCatalogBytes (${formatBytes(maxCatalogBytes)})`));
    }
    return !this.exceeded.aborted;
  }
}

/** The whole run's deadline, `ms` from now, with a reason that says so. */
export function runTimeout(ms: number, now?: () => number): Deadline {
  return new Deadline(ms, new Error(`the run took longer than runTimeout (${ms / 1000}s)`), now);
}

/**
 * A signal that cancels a whole run once `ms` have passed, with a reason that says so. Its
 * timer does not keep the process alive after the run.
 */
export function runDeadline(ms: number): AbortSignal {
  return runTimeout(ms).signal;
}
