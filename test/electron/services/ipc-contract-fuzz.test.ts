// Every channel of the contract, fuzzed through the real registry: malformed payloads come
// back as a clean bad_request and never reach a handler; valid ones reach it. New channels
// are covered by iterating the contract; a schema shape the generator does not know fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createIpcRegistry,
  type ChannelHandlers,
  type SenderInfo,
} from '../../../electron/services/ipc-registry';
import { ServiceError } from '../../../electron/services/service-error';
import { channelNames, ipcContract, type ChannelName } from '../../../shared/ipc/contract';
import { ipcResultSchema } from '../../../shared/ipc/ipc-result';
import { z } from 'zod';
import { objectKeys, validValue } from '../../support/zod-arbitrary';

const fromApp: SenderInfo = { origin: 'app://renderer', isTopFrame: true, frameAlive: true };
const reachedMessage = 'handler reached';

function probeRegistry() {
  const reached: { channel: ChannelName; request: unknown }[] = [];
  const handlers = Object.fromEntries(
    channelNames.map((channel) => [
      channel,
      (request: unknown) => {
        reached.push({ channel, request });
        // A distinct code proves the payload passed validation without a valid response.
        return Promise.reject(new ServiceError('conflict', reachedMessage));
      },
    ]),
  ) as unknown as ChannelHandlers;
  const internal: unknown[] = [];
  const registry = createIpcRegistry(handlers, {
    allowedOrigins: [fromApp.origin ?? ''],
    onInternalError: (_channel, error) => internal.push(error),
  });
  return { registry, reached, internal };
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { inner: value };
  return value;
}

const pollutionKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** `{"__proto__": …}` as JSON.parse and structured clone produce it: an own property. */
function withPollutionKey(base: unknown, key: string): unknown {
  const text = JSON.stringify(base ?? {});
  const own = text === '{}' ? '' : `,${text.slice(1, -1)}`;
  return JSON.parse(`{"${key}":{"polluted":true,"prototype":{"polluted":true}}${own}}`);
}

function malformed(schema: z.ZodType): fc.Arbitrary<unknown> {
  const valid = validValue(schema);
  const keys = objectKeys(schema);
  const kinds: fc.Arbitrary<unknown>[] = [
    // Wrong types of every kind, including objects and arrays of junk.
    fc.anything({ withBigInt: false, withNullPrototype: true, maxDepth: 3 }),
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.anything())),
    // A 2 MB string where the schema expects something else.
    fc.constant('x'.repeat(2 * 1024 * 1024)),
    // Deep nesting, deep enough to overflow a naive recursive validator.
    fc.integer({ min: 500, max: 5000 }).map((depth) => nested(depth, 'leaf')),
    // Prototype pollution keys, on their own and beside valid fields.
    fc.tuple(valid, fc.constantFrom(...pollutionKeys)).map(([v, key]) => withPollutionKey(v, key)),
  ];
  if (keys !== null) {
    // Valid fields plus an unknown key (strict schemas refuse it).
    kinds.push(
      fc
        .tuple(valid, fc.string({ minLength: 1, maxLength: 12 }), fc.anything())
        .filter(([, key]) => !keys.includes(key))
        .map(([v, key, extra]) => ({ ...(v as object), [key]: extra })),
    );
    // One field replaced by a wrong type, a huge string or a deeply nested value.
    for (const field of keys) {
      kinds.push(
        fc
          .tuple(
            valid,
            fc.oneof(
              fc.integer(),
              fc.constant(null),
              fc.array(fc.string()),
              fc.constant('y'.repeat(1024 * 1024)),
              fc.constant(nested(2000, 1)),
              fc.constant({ __proto__: { polluted: true } }),
            ),
          )
          .map(([v, wrong]) => ({ ...(v as object), [field]: wrong })),
      );
    }
  }
  // Keep only what the schema really rejects (an extra key on a loose object is valid).
  return fc.oneof(...kinds).filter((payload) => !schema.safeParse(payload).success);
}

const anyResult = ipcResultSchema(z.unknown());

describe.each(channelNames)('IPC contract fuzzing: %s', (channel) => {
  const schema = ipcContract[channel].request;

  it('answers every malformed payload with a clean bad_request and never calls the handler', async () => {
    const { registry, reached, internal } = probeRegistry();
    await fc.assert(
      fc.asyncProperty(malformed(schema), async (payload) => {
        const result = await registry.handle(channel, payload, fromApp);
        expect(anyResult.safeParse(result).success).toBe(true);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('bad_request');
        expect(result.error.message).toContain(channel);
        // The answer names fields, never echoes a huge payload back.
        expect(result.error.message.length).toBeLessThan(4000);
      }),
      { numRuns: 150 },
    );
    expect(reached).toEqual([]);
    expect(internal).toEqual([]);
    expect(Reflect.get(Object.prototype, 'polluted')).toBeUndefined();
  });

  it('passes every valid payload through validation to the handler, unchanged', async () => {
    const { registry, reached } = probeRegistry();
    await fc.assert(
      fc.asyncProperty(validValue(schema), async (payload) => {
        expect(schema.safeParse(payload).success).toBe(true);
        reached.length = 0;
        const result = await registry.handle(channel, payload, fromApp);
        expect(result).toEqual({ ok: false, error: { code: 'conflict', message: reachedMessage } });
        expect(reached).toHaveLength(1);
        expect(reached[0]?.request).toEqual(schema.parse(payload));
      }),
      { numRuns: 100 },
    );
  });
});

describe('IPC contract fuzzing: the registry itself', () => {
  it('never throws, whatever the channel name and payload', async () => {
    const { registry } = probeRegistry();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom(...channelNames, '__proto__', 'constructor')),
        fc.anything(),
        async (channel, payload) => {
          const result = await registry.handle(channel, payload, fromApp);
          expect(anyResult.safeParse(result).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
