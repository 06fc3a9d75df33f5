import type { z } from 'zod';
import {
  channelNames,
  ipcContract,
  type ChannelName,
  type ChannelResponse,
  type IpcContract,
} from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import { isServiceError } from './service-error';
import { userText } from './user-text/user-text';

/**
 * What the transport knows about who sent a request. Electron fills it from
 * `event.senderFrame`; the test harness from the HTTP Origin header. The registry decides.
 */
export interface SenderInfo {
  /** The sending frame's origin (`app://renderer`), or null when it cannot be told. */
  readonly origin: string | null;
  readonly isTopFrame: boolean;
  /** False when the frame navigated away or was destroyed before the message was handled. */
  readonly frameAlive: boolean;
}

/** One handler per contract channel: a channel without a handler does not compile. */
export type ChannelHandlers = {
  readonly [C in ChannelName]: (
    request: z.output<IpcContract[C]['request']>,
  ) => Promise<ChannelResponse<C>>;
};

export interface IpcRegistry {
  readonly channels: readonly ChannelName[];
  handle(channel: string, payload: unknown, sender: SenderInfo): Promise<IpcResult<unknown>>;
}

export interface IpcRegistryOptions {
  readonly allowedOrigins: readonly string[];
  /** Where unexpected failures go (main logs them); the renderer only sees a generic message. */
  readonly onInternalError?: (channel: ChannelName, error: unknown) => void;
}

function isChannelName(channel: string): channel is ChannelName {
  return Object.hasOwn(ipcContract, channel);
}

/** Why a sender may not talk to main, or null; also used for the preload's file drops. */
export function senderProblem(sender: SenderInfo, allowed: ReadonlySet<string>): string | null {
  const words = userText().ipc;
  if (!sender.frameAlive) return words.frameGone;
  if (!sender.isTopFrame) return words.notTopFrame;
  if (sender.origin === null || !allowed.has(sender.origin)) return words.notFromApp;
  return null;
}

/** Names the field of every issue so the caller can tell what was wrong with the request. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const field = issue.path.map(String).join('.');
      return `${field === '' ? 'request' : field}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * The single place every IPC request passes through, whatever the transport: it checks the
 * sender, validates the payload against the contract, calls the service and validates its
 * answer, and always returns data — a thrown exception never crosses the bridge.
 */
export function createIpcRegistry(
  handlers: ChannelHandlers,
  options: IpcRegistryOptions,
): IpcRegistry {
  const allowed = new Set(options.allowedOrigins);
  const report = (channel: ChannelName, error: unknown): void => {
    try {
      options.onInternalError?.(channel, error);
    } catch {
      // A failing logger must not turn an answer into a thrown exception.
    }
  };

  async function dispatch(channel: ChannelName, payload: unknown): Promise<IpcResult<unknown>> {
    const definition = ipcContract[channel];
    const request = definition.request.safeParse(payload);
    if (!request.success) {
      return fail(
        'bad_request',
        userText().ipc.invalidRequest(channel, describeIssues(request.error.issues)),
      );
    }
    // The mapped type pairs each channel with its handler and the payload was just parsed by
    // that channel's schema; TypeScript cannot follow the correlation through a union index.
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    let value: unknown;
    try {
      value = await handler(request.data);
    } catch (error) {
      if (isServiceError(error)) return fail(error.code, error.message);
      report(channel, error);
      return fail('internal', userText().ipc.internal);
    }
    const response = definition.response.safeParse(value);
    if (!response.success) {
      report(
        channel,
        new Error(
          `Response of ${channel} broke the contract: ${describeIssues(response.error.issues)}`,
        ),
      );
      return fail('internal', userText().ipc.internal);
    }
    return ok(response.data);
  }

  return {
    channels: channelNames,
    async handle(channel, payload, sender) {
      // The sender is checked before the channel so a foreign page learns nothing about the API.
      const problem = senderProblem(sender, allowed);
      if (problem !== null) return fail('forbidden_sender', problem);
      if (!isChannelName(channel)) {
        return fail('unknown_channel', `There is no channel named "${channel.slice(0, 100)}".`);
      }
      return dispatch(channel, payload);
    },
  };
}
