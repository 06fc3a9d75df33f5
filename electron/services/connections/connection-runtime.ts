import type { ConnectionNetwork } from '../../../shared/ipc/schemas/connections';
import { createProviderClient, type ProviderClient, type RequestOutcome } from '../provider-client';
import { describeNetworkError } from '../provider-failure';
import { userText } from '../user-text/user-text';

export interface RuntimeOptions {
  readonly baseUrl: string;
  readonly token: () => Promise<string | null>;
  readonly fetch: typeof fetch;
  readonly timeoutMs?: number;
  readonly now: () => Date;
  /** How often an offline connection checks whether the provider is back. */
  readonly probeIntervalMs: number;
}

/**
 * One connection's live side: its client and what the network said last. Every request
 * reports its outcome, so losing the network marks the connection offline at once; while
 * offline a timer asks `/v1/health` until the provider answers, and then it is online again
 * without anyone restarting anything.
 */
export class ConnectionRuntime {
  readonly client: ProviderClient;
  private networkState: ConnectionNetwork = { state: 'unknown' };
  /** Why the provider last refused this connection's token (401); null when it did not. */
  private rejectedReason: string | null = null;
  private probe: ReturnType<typeof setInterval> | null = null;
  private closed = false;

  constructor(private readonly options: RuntimeOptions) {
    this.client = createProviderClient({
      baseUrl: options.baseUrl,
      token: options.token,
      fetch: options.fetch,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      observe: (outcome) => {
        this.observe(outcome);
      },
    });
  }

  get network(): ConnectionNetwork {
    return this.networkState;
  }

  get rejected(): string | null {
    return this.rejectedReason;
  }

  /** A new sign-in (or a sign-out) starts from a clean slate. */
  clearRejection(): void {
    this.rejectedReason = null;
  }

  markRejected(reason: string): void {
    this.rejectedReason = reason;
  }

  close(): void {
    this.closed = true;
    this.stopProbe();
  }

  private observe(outcome: RequestOutcome): void {
    const now = this.options.now().toISOString();
    if (outcome.kind === 'network-error') {
      const since = this.networkState.state === 'offline' ? this.networkState.since : now;
      this.networkState = { state: 'offline', since, reason: describeNetworkError(outcome.error) };
      this.startProbe();
      return;
    }
    this.networkState = { state: 'online', checkedAt: now };
    this.stopProbe();
    if (outcome.status === 401 && outcome.sentToken) {
      this.rejectedReason = userText().provider.http401;
    } else if (outcome.status < 400 && outcome.sentToken) {
      this.rejectedReason = null;
    }
  }

  private startProbe(): void {
    if (this.probe !== null || this.closed) return;
    // Health needs no token, so the probe goes without one (and says nothing about it).
    const health = `${this.options.baseUrl}/v1/health`;
    const timeoutMs = Math.min(this.options.timeoutMs ?? 10_000, this.options.probeIntervalMs);
    this.probe = setInterval(() => {
      this.options
        .fetch(health, { signal: AbortSignal.timeout(timeoutMs) })
        .then(
          (response) => {
            this.observe({ kind: 'response', status: response.status, sentToken: false });
            return response.body?.cancel();
          },
          (error: unknown) => {
            this.observe({ kind: 'network-error', error });
          },
        )
        .catch(() => undefined);
    }, this.options.probeIntervalMs);
    this.probe.unref();
  }

  private stopProbe(): void {
    if (this.probe === null) return;
    clearInterval(this.probe);
    this.probe = null;
  }
}
