import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Role } from '../auth';

// RFC 8628 §6.1: a short code of consonants only (no vowels, so no words), easy to read aloud.
const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
const USER_CODE_LENGTH = 8;
/** RFC 8628 §3.5: each slow_down adds 5 seconds to the interval, for good. */
const SLOW_DOWN_STEP_SECONDS = 5;
/** A poll this much early still counts as on time: timers and the network jitter a little. */
const POLL_TOLERANCE_MS = 250;
/** Pending grants kept at most; the oldest goes first, so a flood cannot exhaust memory. */
const MAX_PENDING = 1000;

export type DeviceGrantOptions = {
  readonly codeTtlSeconds: number;
  readonly intervalSeconds: number;
  readonly now: () => Date;
};

export type StartedGrant = {
  readonly deviceCode: string;
  readonly userCode: string;
  readonly expiresIn: number;
  readonly interval: number;
};

export type PollOutcome =
  | { readonly kind: 'pending' }
  | { readonly kind: 'slow_down'; readonly interval: number }
  | { readonly kind: 'denied' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'approved'; readonly role: Role }
  | { readonly kind: 'invalid' };

export type Decision = { readonly approve: Role } | { readonly deny: true };

export type DecideOutcome = 'approved' | 'denied' | 'unknown' | 'expired';

type Grant = {
  readonly userCode: string;
  readonly clientId: string;
  readonly expiresAt: number;
  interval: number;
  lastPollAt: number | null;
  status: 'pending' | 'approved' | 'denied';
  role: Role | null;
};

const digest = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

/** Upper case without separators, so `wdjb mjht` and `WDJB-MJHT` name the same code. */
export function normalizeUserCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z]/g, '');
}

export function formatUserCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Device authorization grants waiting for a person to approve them (RFC 8628). Only digests of
 * device codes are held, so the map says nothing a client could replay. Everything lives in
 * memory: a restart forgets pending sign-ins, and the clients start again.
 */
export class DeviceGrants {
  private readonly grants = new Map<string, Grant>();
  private readonly byUserCode = new Map<string, string>();

  constructor(private readonly options: DeviceGrantOptions) {}

  start(clientId: string): StartedGrant {
    this.prune();
    const deviceCode = randomBytes(32).toString('base64url');
    let userCode: string;
    do {
      userCode = Array.from(
        { length: USER_CODE_LENGTH },
        () => USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)],
      ).join('');
    } while (this.byUserCode.has(userCode));
    const key = digest(deviceCode);
    this.grants.set(key, {
      userCode,
      clientId,
      expiresAt: this.now() + this.options.codeTtlSeconds * 1000,
      interval: this.options.intervalSeconds,
      lastPollAt: null,
      status: 'pending',
      role: null,
    });
    this.byUserCode.set(userCode, key);
    return {
      deviceCode,
      userCode: formatUserCode(userCode),
      expiresIn: this.options.codeTtlSeconds,
      interval: this.options.intervalSeconds,
    };
  }

  /** The token endpoint's view of a device code. A final answer forgets the grant. */
  poll(deviceCode: string, clientId: string): PollOutcome {
    const key = digest(deviceCode);
    const grant = this.grants.get(key);
    if (grant === undefined || grant.clientId !== clientId) return { kind: 'invalid' };
    const now = this.now();
    if (now >= grant.expiresAt) {
      this.forget(key, grant);
      return { kind: 'expired' };
    }
    if (grant.status === 'denied') {
      this.forget(key, grant);
      return { kind: 'denied' };
    }
    if (grant.status === 'approved' && grant.role !== null) {
      this.forget(key, grant);
      return { kind: 'approved', role: grant.role };
    }
    const early =
      grant.lastPollAt !== null &&
      now - grant.lastPollAt < grant.interval * 1000 - POLL_TOLERANCE_MS;
    grant.lastPollAt = now;
    if (early) {
      grant.interval += SLOW_DOWN_STEP_SECONDS;
      return { kind: 'slow_down', interval: grant.interval };
    }
    return { kind: 'pending' };
  }

  /** Whether a user code names a grant still waiting for a decision. */
  isPending(userCode: string): boolean {
    const key = this.byUserCode.get(normalizeUserCode(userCode));
    const grant = key === undefined ? undefined : this.grants.get(key);
    return grant?.status === 'pending' && this.now() < grant.expiresAt;
  }

  /** The verification page's approve or deny. Only a pending, unexpired code can be decided. */
  decide(userCode: string, decision: Decision): DecideOutcome {
    const key = this.byUserCode.get(normalizeUserCode(userCode));
    const grant = key === undefined ? undefined : this.grants.get(key);
    if (key === undefined || grant === undefined || grant.status !== 'pending') return 'unknown';
    if (this.now() >= grant.expiresAt) {
      this.forget(key, grant);
      return 'expired';
    }
    if ('approve' in decision) {
      grant.status = 'approved';
      grant.role = decision.approve;
      return 'approved';
    }
    grant.status = 'denied';
    return 'denied';
  }

  private now(): number {
    return this.options.now().getTime();
  }

  private forget(key: string, grant: Grant): void {
    this.grants.delete(key);
    this.byUserCode.delete(grant.userCode);
  }

  private prune(): void {
    const now = this.now();
    for (const [key, grant] of this.grants) {
      if (now >= grant.expiresAt) this.forget(key, grant);
    }
    // Maps iterate in insertion order: the first entries are the oldest.
    for (const [key, grant] of this.grants) {
      if (this.grants.size < MAX_PENDING) break;
      this.forget(key, grant);
    }
  }
}
