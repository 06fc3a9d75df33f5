import type { SenderInfo } from '../services/ipc-registry';
import { originOf } from './app-origin';

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly top: unknown;
  isDestroyed?(): boolean;
  readonly detached?: boolean;
}

/**
 * Describes an IPC sender for the registry. Electron gives a null frame when the sender
 * navigated away or was destroyed before main handled the message; such a request is refused.
 */
export function senderInfoFromFrame(frame: FrameLike | null): SenderInfo {
  if (frame === null || frame.isDestroyed?.() === true || frame.detached === true) {
    return { origin: null, isTopFrame: false, frameAlive: false };
  }
  return {
    origin: originOf(frame.url),
    isTopFrame: frame.parent === null && frame.top === frame,
    frameAlive: true,
  };
}
