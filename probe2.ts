import { SafetyScreen } from './src/safety/screen';
import { loadCorpus } from './src/nlu/model/sources';
const s = new SafetyScreen();
const all = loadCorpus(process.cwd());
const S = new Set(['suicide_direct', 'suicide_indirect', 'self_harm', 'exhausted', 'suicide_means', 'farewell', 'worthless']);
let pos = 0, cov = 0, neg = 0, negcov = 0;
for (const m of all) { const r = s.reader.readForDanger(m.text); const has = r.situations.some(h => S.has(h.concept) && !h.negated);
  if (m.suicidal) { pos++; if (has) cov++; else console.log('NOCOV', m.text.slice(0, 140)); } else { neg++; if (has) negcov++; } }
console.log({ pos, cov, neg, negcov });
