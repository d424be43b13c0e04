// The three catalogues by language.
import type { Language } from '../../core/org';
import type { Messages } from './messages';
import { nb } from './nb';
import { nn } from './nn';
import { en } from './en';

export const CATALOGUE: Record<Language, Messages> = { nb, nn, en };
