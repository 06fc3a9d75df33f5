// One namespace per feature, so features add their strings without touching each other's.
import { access } from './access';
import { common } from './common';
import { overview } from './overview';
import { residency } from './residency';

export const en = { common, overview, residency, access } as const;
