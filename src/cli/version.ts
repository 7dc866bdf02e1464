import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg: unknown = require('../../package.json');

/** The package version, read from package.json. */
export const VERSION = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0.0.0';
