import type { Catalogue } from '../../catalogue';
import type { en } from '../en';
import { common } from './common';
import { logs } from './logs';
import { overview } from './overview';

export const de: Catalogue<typeof en> = { common, overview, logs };
