// One namespace per feature, so features add their strings without touching each other's.
import { common } from './common';
import { connections } from './connections';
import { overview } from './overview';
import { preferences } from './preferences';
import { settings } from './settings';

export const en = { common, overview, preferences, connections, settings } as const;
