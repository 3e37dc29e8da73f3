// Preloaded into the CLI (NODE_OPTIONS=--require) to play a disk that is
// nearly full: writes to a temporary copy (*.tmp) go through at most
// SHORT_WRITE_CHUNK bytes at a time, as write(2) may, and once
// SHORT_WRITE_BUDGET bytes are written, fail with ENOSPC, as a full disk
// does. Used where a small tmpfs cannot be mounted. SHORT_WRITE_DELAY_MS
// makes each such write slow, so a test can catch a save in the middle.
const fs = require('node:fs');
const original = fs.writeSync;
let budget = Number(process.env.SHORT_WRITE_BUDGET ?? Number.POSITIVE_INFINITY);
const chunk = Number(process.env.SHORT_WRITE_CHUNK ?? 4096);
const delay = Number(process.env.SHORT_WRITE_DELAY_MS ?? 0);
const sleeper = new Int32Array(new SharedArrayBuffer(4));
fs.writeSync = function writeSync(fd, data, ...rest) {
  let path = '';
  try {
    path = fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {}
  if (!path.endsWith('.tmp')) return original.call(this, fd, data, ...rest);
  let bytes;
  if (typeof data === 'string') bytes = Buffer.from(data, rest[1] ?? 'utf8');
  else {
    const offset = typeof rest[0] === 'number' ? rest[0] : 0;
    const length = typeof rest[1] === 'number' ? rest[1] : data.byteLength - offset;
    bytes = Buffer.from(data.buffer, data.byteOffset + offset, length);
  }
  if (budget <= 0) {
    const error = new Error('ENOSPC: no space left on device, write');
    Object.assign(error, { code: 'ENOSPC', errno: -28, syscall: 'write' });
    throw error;
  }
  if (delay > 0) Atomics.wait(sleeper, 0, 0, delay);
  const n = Math.min(bytes.length, budget, chunk);
  budget -= n;
  return original.call(this, fd, bytes.subarray(0, n));
};
