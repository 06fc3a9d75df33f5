import type { Catalogue } from '../../catalogue';
import type { en } from '../en';
import { access } from './access';
import { common } from './common';
import { connections } from './connections';
import { logs } from './logs';
import { overview } from './overview';
import { preferences } from './preferences';
import { residency } from './residency';
import { settings } from './settings';

export const de: Catalogue<typeof en> = {
  common,
  overview,
  preferences,
  connections,
  settings,
  residency,
  access,
  logs,
};
