// One namespace per feature, so features add their strings without touching each other's.
import { common } from './common';
import { logs } from './logs';
import { overview } from './overview';

export const en = { common, overview, logs } as const;
