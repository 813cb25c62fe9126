/**
 * jest's TypeScript transform: Sucrase strips the types and turns imports into require calls
 * (assigned exports, so jest.spyOn on a module works as under tsc), and hoists jest.mock above the
 * imports. It does no type checking: `npm test` runs `tsc --noEmit` first. ts-jest's per-file
 * TypeScript compile was most of a cold run's CPU (131 s for 894 files against ~14 s for a
 * type-stripping compiler, round 39), and CI always starts cold.
 */
'use strict';
const crypto = require('node:crypto');
const { transform } = require('sucrase');
const { version } = require('sucrase/package.json');

const OPTIONS = {
  transforms: ['typescript', 'imports', 'jest'],
  production: true,
  // Node 20 runs today's syntax: no helpers such as _nullishCoalesce, which functions handed to a
  // browser page (page.waitForFunction serialises them) would not find there.
  disableESTransforms: true,
};

module.exports = {
  process(source, filePath) {
    const out = transform(source, { ...OPTIONS, filePath, sourceMapOptions: { compiledFilename: filePath } });
    return { code: out.code, map: out.sourceMap };
  },
  getCacheKey(source, filePath) {
    return crypto
      .createHash('sha256')
      .update(version)
      .update(JSON.stringify(OPTIONS))
      .update('\0')
      .update(filePath)
      .update('\0')
      .update(source)
      .digest('hex');
  },
};
