#!/usr/bin/env node
// The launcher: nothing but the built program. CommonJS on purpose (see
// bin/package.json): an ES-module entry would make Node start its ESM
// loader on every run. Node's compile cache (22.1 and newer) lets every
// start after the first skip compiling the program.
'use strict';
require('node:module').enableCompileCache?.();
require('../dist/cli.cjs').run();
