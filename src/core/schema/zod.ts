import { z } from 'zod';

// No eval: zod's compiled parsers use `new Function`, which the app's CSP forbids (zod's probe for
// it would itself be reported as a violation). Every schema imports z from here, so the setting is
// in force before any schema is built. The interpreted parsers are fast enough for these files.
z.config({ jitless: true });

export { z };
