import { describe, expect, it } from 'vitest';
import type {
  DeviceFlowEvent,
  TokenAnswer,
} from '../../../../electron/services/connections/device-flow';
import type { OAuthClient } from '../../../../electron/services/connections/oauth-client';
import {
  createSignInJobs,
  type Sleep,
} from '../../../../electron/services/connections/sign-in-jobs';

/** A clock that moves only when the job sleeps, so a test of minutes takes milliseconds. */
function virtualTime(start = 1_000_000) {
  let now = start;
  const sleeps: number[] = [];
  const sleep: Sleep = (ms, signal) => {
    sleeps.push(ms);
    if (!signal.aborted) now += Math.max(0, ms);
    return Promise.resolve();
  };
  return { now: () => now, sleep, sleeps, advance: (ms: number) => (now += ms) };
}

const grant = {
  deviceCode: 'dc',
  userCode: 'BCDF-GHJK',
  verificationUri: 'https://p.example/v1/device',
  verificationUriComplete: 'https://p.example/v1/device?user_code=BCDF-GHJK',
};

function scriptedOAuth(
  answers: readonly (TokenAnswer | 'timeout')[],
  options: { interval?: number; expiresIn?: number } = {},
) {
  const polledAt: number[] = [];
  let index = 0;
  const client: OAuthClient = {
    startDeviceAuthorization: (at): Promise<DeviceFlowEvent> =>
      Promise.resolve({
        type: 'authorized',
        at: at(),
        grant,
        expiresIn: options.expiresIn ?? 600,
        interval: options.interval ?? 5,
      }),
    pollToken: (_code, at): Promise<DeviceFlowEvent> => {
      polledAt.push(at());
      const next = answers[Math.min(index, answers.length - 1)] ?? 'timeout';
      index += 1;
      return Promise.resolve(
        next === 'timeout'
          ? { type: 'poll-failed', at: at(), reason: 'The provider did not answer in time.' }
          : { type: 'poll-answered', at: at(), answer: next },
      );
    },
    refresh: () => Promise.reject(new Error('not used')),
    revoke: () => Promise.resolve(),
  };
  return { client, polledAt };
}

const pending: TokenAnswer = { kind: 'error', error: 'authorization_pending', description: null };
const slowDown: TokenAnswer = { kind: 'error', error: 'slow_down', description: null };
const tokens: TokenAnswer = { kind: 'tokens', accessToken: 'a', refreshToken: 'r', expiresIn: 60 };

describe('sign-in jobs', () => {
  it('polls at the server’s interval, slows down when told, and completes with the tokens', async () => {
    const time = virtualTime();
    const completed: unknown[] = [];
    const jobs = createSignInJobs({
      now: time.now,
      sleep: time.sleep,
      complete: (id, granted) => {
        completed.push({ id, granted });
        return Promise.resolve('vault');
      },
    });
    const oauth = scriptedOAuth([pending, slowDown, pending, tokens]);
    const job = jobs.start('conn-1', oauth.client);
    await jobs.settled(job);
    const start = 1_000_000;
    expect(oauth.polledAt.map((at) => at - start)).toEqual([5000, 10_000, 20_000, 30_000]);
    expect(completed).toEqual([
      {
        id: 'conn-1',
        granted: { accessToken: 'a', refreshToken: 'r', expiresAt: start + 30_000 + 60_000 },
      },
    ]);
    expect(jobs.status(job)).toEqual({
      status: 'signed-in',
      connectionId: 'conn-1',
      storage: 'vault',
    });
  });

  it('backs off after timeouts and expires with the codes', async () => {
    const time = virtualTime();
    const jobs = createSignInJobs({
      now: time.now,
      sleep: time.sleep,
      complete: () => Promise.reject(new Error('not reached')),
    });
    const oauth = scriptedOAuth(['timeout'], { interval: 5, expiresIn: 60 });
    const job = jobs.start('conn-1', oauth.client);
    await jobs.settled(job);
    expect(oauth.polledAt.map((at) => at - 1_000_000)).toEqual([5000, 15_000, 35_000]);
    expect(jobs.status(job)).toEqual({ status: 'expired', connectionId: 'conn-1' });
  });

  it('reports the waiting state the renderer shows, and can be cancelled', async () => {
    const time = virtualTime();
    let release: () => void = () => undefined;
    const sleep: Sleep = (_ms, signal) =>
      new Promise((resolve) => {
        release = resolve;
        signal.addEventListener('abort', () => {
          resolve();
        });
      });
    const jobs = createSignInJobs({
      now: time.now,
      sleep,
      complete: () => Promise.resolve('vault'),
    });
    const job = jobs.start('conn-2', scriptedOAuth([pending]).client);
    await Promise.resolve();
    await Promise.resolve();
    expect(jobs.status(job)).toEqual({
      status: 'waiting',
      connectionId: 'conn-2',
      userCode: 'BCDF-GHJK',
      verificationUri: grant.verificationUri,
      verificationUriComplete: grant.verificationUriComplete,
      expiresAt: new Date(1_000_000 + 600_000).toISOString(),
      intervalSeconds: 5,
    });
    expect(jobs.cancel(job)).toEqual({ status: 'cancelled', connectionId: 'conn-2' });
    release();
    await jobs.settled(job);
    expect(jobs.status(job)).toEqual({ status: 'cancelled', connectionId: 'conn-2' });
    expect(jobs.status('unknown')).toBeNull();
  });

  it('fails with the reason when storing the tokens fails', async () => {
    const time = virtualTime();
    const jobs = createSignInJobs({
      now: time.now,
      sleep: time.sleep,
      complete: () => Promise.reject(new Error('The provider did not accept the new sign-in.')),
    });
    const job = jobs.start('conn-3', scriptedOAuth([tokens]).client);
    await jobs.settled(job);
    expect(jobs.status(job)).toEqual({
      status: 'failed',
      connectionId: 'conn-3',
      reason: 'The provider did not accept the new sign-in.',
    });
  });

  it('forgets finished jobs after a while', async () => {
    const time = virtualTime();
    const jobs = createSignInJobs({
      now: time.now,
      sleep: time.sleep,
      keepFinishedMs: 1000,
      complete: () => Promise.resolve('session'),
    });
    const first = jobs.start('conn-4', scriptedOAuth([tokens]).client);
    await jobs.settled(first);
    time.advance(2000);
    jobs.start('conn-5', scriptedOAuth([tokens]).client);
    expect(jobs.status(first)).toBeNull();
  });
});
