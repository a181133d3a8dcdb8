import { z } from 'zod';

// The page's CSP forbids eval. Without this, zod probes for eval while the contract's schemas are
// built, and every window logs a CSP violation. Imported first by main.tsx, before any schema exists.
z.config({ jitless: true });
