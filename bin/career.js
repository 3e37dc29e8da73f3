#!/usr/bin/env node
// The launcher: nothing but the built program. Node's compile cache (Node
// 22.1 and newer) lets every start after the first skip compiling it.
import module from 'node:module';

module.enableCompileCache?.();
const { run } = await import('../dist/cli.js');
await run();
