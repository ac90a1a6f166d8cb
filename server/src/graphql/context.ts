import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';
import type { TokenService } from '../auth/token.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { Lang } from '../i18n/lang.js';
import type { Loaders } from './loaders.js';

export interface Context {
  db: Database;
  clock: Clock;
  lang: Lang;
  /** The signed-in account (or anonymous), with its roles and their unit scopes. */
  actor: Actor;
  tokens: TokenService;
  loaders: Loaders;
  /** Present for HTTP requests; the session cookie is set through it. */
  http?: { req: Request; res: Response };
}
