import { allocationFigures, areaOf } from '../../../bench/support/allocSites';
import type { SampledNode } from '../../../bench/support/allocSites';

const ROOT = 'file:///srv/helpline';
const node = (functionName: string, url: string, selfSize: number, children: SampledNode[] = [], lineNumber = 9): SampledNode => ({
  callFrame: { functionName, url, lineNumber },
  selfSize,
  children,
});

describe("the server's allocation per turn by function and by area (server bench, BENCH_ALLOC)", () => {
  it('names the area of a frame: a folder of ours, the dialogs, a dependency (scoped too), Node, V8 itself', () => {
    expect(areaOf(`${ROOT}/dist/server/src/bot/helplineBot.js`)).toBe('src/bot');
    expect(areaOf(`${ROOT}/dist/server/dialogs/triageDialog.js`)).toBe('dialogs');
    expect(areaOf(`${ROOT}/node_modules/botbuilder-core/lib/turnContext.js`)).toBe('npm:botbuilder-core');
    expect(areaOf(`${ROOT}/node_modules/@azure/ms-rest-js/dist/index.js`)).toBe('npm:@azure/ms-rest-js');
    expect(areaOf('node:_http_server')).toBe('node');
    expect(areaOf('')).toBe('(vm)');
  });

  it('counts self bytes per turn by function and by area, most first, over the whole tree', () => {
    const bot = `${ROOT}/dist/server/src/bot/helplineBot.js`;
    const core = `${ROOT}/node_modules/botbuilder-core/lib/turnContext.js`;
    const head = node('(root)', '', 0, [
      node('respond', bot, 4 * 1024, [node('sendActivities', core, 2 * 1024), node('replace', '', 1024)]),
      // The same function reached another way adds to the same site.
      node('run', bot, 0, [node('respond', bot, 1024)]),
    ]);
    const figures = allocationFigures(head, 2);
    // 8 KB in all over 2 turns.
    expect(figures.kbPerTurn).toBe(4);
    expect(figures.sites).toEqual([
      { site: 'respond src/bot/helplineBot.js:10', kbPerTurn: 2.5, share: 0.625 },
      { site: 'sendActivities botbuilder-core/lib/turnContext.js:10', kbPerTurn: 1, share: 0.25 },
      { site: 'replace < respond src/bot/helplineBot.js:10', kbPerTurn: 0.5, share: 0.125 },
    ]);
    // The built-in's bytes are its caller's area.
    expect(figures.areas).toEqual([
      { area: 'src/bot', kbPerTurn: 3, share: 0.75 },
      { area: 'npm:botbuilder-core', kbPerTurn: 1, share: 0.25 },
    ]);
  });

  it('keeps only the largest sites and areas, and reads an empty profile as nothing allocated', () => {
    const many = node(
      '(root)',
      '',
      0,
      Array.from({ length: 5 }, (_, i) => node(`f${i}`, `${ROOT}/dist/server/src/a${i}/x.js`, (i + 1) * 1024)),
    );
    const figures = allocationFigures(many, 1, 2);
    expect(figures.sites.map((s) => s.site)).toEqual(['f4 src/a4/x.js:10', 'f3 src/a3/x.js:10']);
    expect(figures.areas.map((a) => a.area)).toEqual(['src/a4', 'src/a3']);
    expect(allocationFigures(node('(root)', '', 0), 0)).toEqual({ kbPerTurn: 0, sites: [], areas: [] });
    // A built-in with no caller of ours is V8's own.
    expect(allocationFigures(node('(root)', '', 0, [node('(program)', '', 1024)]), 1).areas).toEqual([
      { area: '(vm)', kbPerTurn: 1, share: 1 },
    ]);
  });
});
