import type { z } from 'zod';

/** One IPC channel: its name and the schemas of what goes in and what comes back. */
export interface ChannelDefinition<Req extends z.ZodType, Res extends z.ZodType> {
  readonly request: Req;
  readonly response: Res;
}

export function channel<Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
): ChannelDefinition<Req, Res> {
  return { request, response };
}
