import type { Migration } from '../migrate.ts';
import { initial } from './001-initial.ts';

/** Every migration, in version order; a new one is appended, never inserted. */
export const migrations: readonly Migration[] = [initial];
