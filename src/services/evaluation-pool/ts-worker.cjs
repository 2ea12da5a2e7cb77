// The evaluation thread when the application runs from its TypeScript sources (jest, ts-node):
// worker threads do not inherit jest's transform, so register ts-node (with SWC) here.
// Built code (dist/) loads worker.js directly and never reads this file.
require('ts-node').register({
  transpileOnly: true,
  swc: true,
  compilerOptions: { module: 'commonjs' },
});
module.exports = require('./worker.ts');
