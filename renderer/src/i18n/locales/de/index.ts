import type { Catalogue } from '../../catalogue';
import type { en } from '../en';
import { common } from './common';
import { overview } from './overview';
import { settings } from './settings';

export const de: Catalogue<typeof en> = { common, overview, settings };
