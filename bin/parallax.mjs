#!/usr/bin/env node
// The package's `parallax` command: registers tsx (TypeScript loader) and runs src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
