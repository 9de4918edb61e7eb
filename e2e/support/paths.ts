import { fileURLToPath } from 'node:url';

/** Screenshots and the server log of the last run (git-ignored; CI keeps them as artifacts). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));
