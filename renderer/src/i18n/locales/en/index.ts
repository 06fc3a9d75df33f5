// One namespace per feature, so features add their strings without touching each other's.
import { access } from './access';
import { common } from './common';
import { connections } from './connections';
import { logs } from './logs';
import { overview } from './overview';
import { preferences } from './preferences';
import { residency } from './residency';
import { settings } from './settings';

export const en = {
  common,
  overview,
  preferences,
  connections,
  settings,
  residency,
  access,
  logs,
} as const;
