import { z } from 'zod';

// zod compiles a fast parser per object schema with `new Function` when the schema is built. A
// command validates a few dozen objects once and exits, so the compilation never pays off; it must
// be switched off before any schema module is evaluated, hence this module is main.ts's first import.
z.config({ jitless: true });
