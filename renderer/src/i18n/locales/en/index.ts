// One namespace per feature, so features add their strings without touching each other's.
import { common } from './common';
import { overview } from './overview';
import { settings } from './settings';

export const en = { common, overview, settings } as const;
