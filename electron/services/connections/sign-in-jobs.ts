import { randomBytes } from 'node:crypto';
import type { SignInStatus } from '../../../shared/ipc/schemas/connections';
import { userText } from '../user-text/user-text';
import {
  isFinished,
  nextDeviceFlowStep,
  reduceDeviceFlow,
  type DeviceFlowEvent,
  type DeviceFlowState,
  type GrantedTokens,
} from './device-flow';
import type { OAuthClient } from './oauth-client';
import type { TokenStorage } from './token-vault';

/** Waits `ms`, or less when `signal` aborts first; never rejects. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(done, Math.max(0, ms));
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

export interface SignInJobsOptions {
  readonly now: () => number;
  readonly sleep?: Sleep;
  /** Stores the tokens and learns who they belong to; a throw fails the sign-in with its message. */
  readonly complete: (connectionId: string, tokens: GrantedTokens) => Promise<TokenStorage>;
  /** Finished jobs are remembered this long for the renderer's last poll. */
  readonly keepFinishedMs?: number;
}

export interface SignInJobs {
  start(connectionId: string, oauth: OAuthClient): string;
  status(jobId: string): SignInStatus | null;
  cancel(jobId: string): SignInStatus | null;
  /** Cancels every job of a connection (it is being removed or signed out). */
  cancelFor(connectionId: string): void;
  /** Resolves once the job has finished (tests and shutdown). */
  settled(jobId: string): Promise<void>;
}

interface Job {
  readonly connectionId: string;
  state: DeviceFlowState;
  storage: TokenStorage | null;
  completionError: string | null;
  finishedAt: number | null;
  readonly abort: AbortController;
  done: Promise<void>;
}

function toStatus(job: Job): SignInStatus {
  const connectionId = job.connectionId;
  if (job.completionError !== null) {
    return { status: 'failed', connectionId, reason: job.completionError };
  }
  const state = job.state;
  switch (state.status) {
    case 'starting':
      return { status: 'starting', connectionId };
    case 'waiting':
      return {
        status: 'waiting',
        connectionId,
        userCode: state.grant.userCode,
        verificationUri: state.grant.verificationUri,
        verificationUriComplete: state.grant.verificationUriComplete,
        expiresAt: new Date(state.expiresAt).toISOString(),
        intervalSeconds: Math.ceil(state.intervalMs / 1000),
      };
    case 'signed-in':
      // Until the tokens are stored and the identity known, the app is still busy.
      return job.storage === null
        ? { status: 'starting', connectionId }
        : { status: 'signed-in', connectionId, storage: job.storage };
    case 'denied':
    case 'expired':
    case 'cancelled':
      return { status: state.status, connectionId };
    case 'failed':
      return { status: 'failed', connectionId, reason: state.reason };
  }
}

/**
 * Runs device sign-ins in the background, one job per attempt. The renderer starts one, polls
 * its status (request/response IPC only) and may cancel it; the state machine decides every
 * step, this only sends requests and waits.
 */
export function createSignInJobs(options: SignInJobsOptions): SignInJobs {
  const sleep = options.sleep ?? realSleep;
  const keepMs = options.keepFinishedMs ?? 10 * 60_000;
  const jobs = new Map<string, Job>();

  function prune() {
    const now = options.now();
    for (const [id, job] of jobs) {
      if (job.finishedAt !== null && now - job.finishedAt > keepMs) jobs.delete(id);
    }
  }

  function dispatch(job: Job, event: DeviceFlowEvent) {
    job.state = reduceDeviceFlow(job.state, event);
  }

  async function run(job: Job, oauth: OAuthClient): Promise<void> {
    const at = options.now;
    dispatch(job, await oauth.startDeviceAuthorization(at));
    for (;;) {
      if (job.abort.signal.aborted) dispatch(job, { type: 'cancel' });
      const step = nextDeviceFlowStep(job.state, at());
      if (step.kind === 'done') break;
      if (step.kind === 'wait') {
        await sleep(step.untilMs - at(), job.abort.signal);
        dispatch(job, { type: 'tick', at: at() });
      } else if (step.kind === 'poll' && job.state.status === 'waiting') {
        dispatch(job, { type: 'poll-sent', at: at() });
        dispatch(job, await oauth.pollToken(job.state.grant.deviceCode, at));
      } else {
        // Not reachable (a poll is always awaited above); waiting keeps a bug from spinning.
        await sleep(250, job.abort.signal);
      }
    }
    if (job.state.status === 'signed-in' && !job.abort.signal.aborted) {
      try {
        job.storage = await options.complete(job.connectionId, job.state.tokens);
      } catch (error) {
        job.completionError =
          error instanceof Error ? error.message : userText().connections.signInNotCompleted;
      }
    }
  }

  return {
    start(connectionId, oauth) {
      prune();
      const id = randomBytes(12).toString('base64url');
      const job: Job = {
        connectionId,
        state: { status: 'starting' },
        storage: null,
        completionError: null,
        finishedAt: null,
        abort: new AbortController(),
        done: Promise.resolve(),
      };
      job.done = run(job, oauth)
        .catch((error: unknown) => {
          job.state = {
            status: 'failed',
            reason: error instanceof Error ? error.message : userText().connections.signInFailed,
          };
        })
        .finally(() => {
          job.finishedAt = options.now();
        });
      jobs.set(id, job);
      return id;
    },
    status(jobId) {
      const job = jobs.get(jobId);
      return job === undefined ? null : toStatus(job);
    },
    cancel(jobId) {
      const job = jobs.get(jobId);
      if (job === undefined) return null;
      if (!isFinished(job.state)) {
        job.abort.abort();
        dispatch(job, { type: 'cancel' });
      }
      return toStatus(job);
    },
    cancelFor(connectionId) {
      for (const job of jobs.values()) {
        if (job.connectionId === connectionId && !isFinished(job.state)) {
          job.abort.abort();
          dispatch(job, { type: 'cancel' });
        }
      }
    },
    settled: (jobId) => jobs.get(jobId)?.done ?? Promise.resolve(),
  };
}
