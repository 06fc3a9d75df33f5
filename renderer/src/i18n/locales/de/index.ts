import type { Catalogue } from '../../catalogue';
import type { en } from '../en';
import { access } from './access';
import { common } from './common';
import { overview } from './overview';
import { residency } from './residency';

export const de: Catalogue<typeof en> = { common, overview, residency, access };
