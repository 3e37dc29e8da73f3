import { join } from 'node:path';
import { ROOT } from './cli.js';

/** A small knowledge base of marketing roles, frozen for the engine tests (see its README). */
export const MARKETING = join(ROOT, 'tests', 'fixtures', 'marketing');
