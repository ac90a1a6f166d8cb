import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { Lang } from '../i18n/lang.js';
import type { Loaders } from './loaders.js';

/**
 * Who is acting. Until accounts exist (issue #3) the acting official is named by the
 * `X-Acting-Official` header; history records it as given.
 */
export interface Actor {
  officialId: number | null;
}

export interface Context {
  db: Database;
  clock: Clock;
  lang: Lang;
  actor: Actor;
  loaders: Loaders;
}
