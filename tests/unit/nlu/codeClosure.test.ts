import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeClosure, codeImports, MODEL_DATA_DIRS, modelDataContents, modelDataFiles } from '../../../src/nlu/model/codeClosure';
import { CODE_SOURCES } from '../../../src/nlu/model/sources';
import { projectRoot } from '../../../src/paths';

describe('codeImports', () => {
  it('reads code imports and re-exports, and leaves type-only imports and packages out', () => {
    const text = [
      "import fs from 'node:fs';",
      "import { a, type B } from './a';",
      "import type { C } from './c';",
      "export { d } from '../d';",
      "export type { E } from './e';",
      "import './sideEffect';",
      'import {',
      '  f,',
      '  g,',
      "} from './fg';",
    ].join('\n');
    expect(codeImports(text).sort()).toEqual(['../d', './a', './fg', './sideEffect']);
  });
});

describe('codeClosure', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'code-closure-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write('src/entry.ts', "import { b } from './b';\nimport type { T } from './typesOnly';\nimport { g } from './geo';\n");
    write('src/b.ts', "import { c } from '../lib/c';\nexport const b = c;\n");
    write('lib/c.ts', "import { b } from '../src/b';\nexport const c = 1;\n");
    write('src/typesOnly.ts', 'export type T = number;\n');
    write('src/geo/index.ts', "export { g } from './g';\n");
    write('src/geo/g.ts', 'export const g = 2;\n');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('follows imports through folders, index files and cycles, once each', () => {
    expect(codeClosure(root, ['src/entry.ts'])).toEqual(['lib/c.ts', 'src/b.ts', 'src/entry.ts', 'src/geo/g.ts', 'src/geo/index.ts']);
  });

  it('fails loudly on an import it cannot find, so the hash never silently skips a file', () => {
    fs.writeFileSync(path.join(root, 'src/b.ts'), "import { x } from './missing';\n");
    expect(() => codeClosure(root, ['src/entry.ts'])).toThrow(/missing/);
  });

  it('covers the modules the model code imports without their being listed', () => {
    const closure = codeClosure(projectRoot(), CODE_SOURCES);
    expect(closure).toEqual(expect.arrayContaining([...CODE_SOURCES]));
    expect(closure).toContain('src/nlu/model/neutralWords.ts');
    expect(closure).toContain('src/safety/turnContext.ts');
  });
});

describe('modelDataFiles', () => {
  it('holds the gazetteer and the name and word lists, not their notes', () => {
    const files = modelDataFiles(projectRoot());
    expect(files).toEqual(
      expect.arrayContaining([
        'src/geo/data/gazetteer.json',
        'src/anonymiser/data/first-names.txt',
        'src/anonymiser/data/ordinary-words.bloom',
      ]),
    );
    expect(files.filter((f) => f.endsWith('.md'))).toEqual([]);
  });

  it('hashes binary data by its bytes', () => {
    const bloom = modelDataContents(projectRoot()).find((d) => d.name.endsWith('.bloom'))!;
    expect(Buffer.from(bloom.content, 'base64')).toEqual(fs.readFileSync(path.join(projectRoot(), bloom.name)));
  });

  // The import walk cannot see a file read at run time. Every module of the model code that reads a
  // file is named here with what it reads; a new reader fails this test until its data is hashed
  // (MODEL_DATA_DIRS) or shown to be an input hashed apart.
  it('knows every file reader in the model code and where its data is hashed', () => {
    const root = projectRoot();
    const readers = codeClosure(root, CODE_SOURCES).filter((f) =>
      /readFileSync|readdirSync/.test(fs.readFileSync(path.join(root, f), 'utf8')),
    );
    expect(readers).toEqual([
      'src/anonymiser/lexicons/wordLists.ts', // src/anonymiser/data (MODEL_DATA_DIRS)
      'src/geo/gazetteer.ts', // src/geo/data (MODEL_DATA_DIRS)
      'src/nlu/corpus.ts', // the corpus and tuning files, hashed by sources.ts
      'src/nlu/model/bundle.ts', // the model file itself
    ]);
    expect(MODEL_DATA_DIRS).toEqual(['src/geo/data', 'src/anonymiser/data']);
  });
});
