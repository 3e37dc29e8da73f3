#!/usr/bin/env node
// The launcher: nothing but the built program. CommonJS on purpose (see
// bin/package.json): an ES-module entry would make Node start its ESM
// loader on every run. Node's compile cache (22.1 and newer) lets every
// start after the first skip compiling the program; before 22.1,
// code-cache.js does the same for the program's own files.
'use strict';
const { join } = require('node:path');
const { enableCompileCache } = require('node:module');
if (enableCompileCache) enableCompileCache();
else require('./code-cache.js').keepCompiledCode(join(__dirname, '..', 'dist'));
require('../dist/cli.cjs').run();
