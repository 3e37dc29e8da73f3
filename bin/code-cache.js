// Compiled code kept between runs, for the Node versions that cannot keep it
// themselves (Node's compile cache came in 22.1; bin/career.js turns it on
// where it exists). Compiling the program's files is about a third of what
// `career` adds to Node's own start on Node 20 (4 to 5 ms of 15): V8's code
// cache for each file of dist/ is written beside the program, in
// dist/.code-cache/, the first time it runs, and read from then on.
//
// Only the program's own files are concerned, and each entry is named by the
// file, its size and modification time (a build writes every file anew, and
// removes the folder with the rest of dist/), and the Node version and
// architecture: V8 itself checks little more than the source's length. A
// folder that cannot be written (a global install owned by root) leaves
// everything as it was. Plain CommonJS, not bundled: it must be in place
// before the program's first file is compiled.
'use strict';
const Module = require('node:module');
const { dirname, join, sep } = require('node:path');
const fs = require('node:fs');
const vm = require('node:vm');

exports.keepCompiledCode = (dist) => {
  const folder = join(dist, '.code-cache');
  const written = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(dist + sep) || !filename.endsWith('.cjs'))
      return compile.call(this, content, filename);
    let entry;
    let cachedData;
    try {
      const { size, mtimeMs } = fs.statSync(filename);
      const name = filename.slice(dist.length + 1).replace(/[\\/]/g, '-');
      entry = join(
        folder,
        `${name}-${size}-${Math.floor(mtimeMs)}-${process.version}-${process.arch}`,
      );
      cachedData = fs.readFileSync(entry);
    } catch {
      // Not cached yet.
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (entry && (!cachedData || script.cachedDataRejected)) written.push({ entry, script });
    const wrapper = script.runInThisContext({ displayErrors: true });
    const require = Module.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  // Made once the program has run, so the code cache holds the functions it compiled lazily too.
  process.once('exit', () => {
    for (const { entry, script } of written) {
      const temporary = `${entry}.${process.pid}.tmp`;
      try {
        // dist/ exists: one folder, never a recursive make (Node's loops on some paths).
        if (!fs.existsSync(folder)) fs.mkdirSync(folder);
        fs.writeFileSync(temporary, script.createCachedData());
        fs.renameSync(temporary, entry);
      } catch {
        try {
          fs.unlinkSync(temporary);
        } catch {
          // Never written.
        }
      }
    }
  });
};
