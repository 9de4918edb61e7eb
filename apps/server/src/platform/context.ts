import type { Role, Scope } from '@jiuye/domain/roles';
import type { AppConfig } from './config';
import type { PiiCipher } from './crypto';
import type { Database, DbHandle } from '../db';

/** Explicit dependencies handed to services (no globals, so tests can swap any of them). */
export interface Deps {
  db: Database;
  dbHandle: DbHandle;
  config: AppConfig;
  cipher: PiiCipher;
  clock: () => Date;
}

/** The signed-in user as every service sees it. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scope: Scope & {
    provinceName?: string | null;
    universityName?: string | null;
    collegeName?: string | null;
    organisationName?: string | null;
  };
}
