// Runs Kaira's TypeScript in a child node process (`node -r ./test/support/swc-register.js src/main.ts`),
// compiled as jest's transform compiles it.
const fs = require('node:fs');
const { transformSync } = require('@swc/core');
const options = require('./swc-options');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename, sourceMaps: 'inline' });
  module._compile(code, filename);
};
