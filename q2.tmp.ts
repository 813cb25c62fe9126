import { loadLabelledFile } from './src/nlu/corpus';
import { loadCorpus } from './src/nlu/model/sources';
import { MessageReader } from './src/nlu/model/reader';
import { STORYLESS_INTENTS } from './src/nlu/model/formSituations';
const groups: Record<string, ReturnType<typeof loadLabelledFile>> = { corpus: loadCorpus('.'), old: loadLabelledFile('/tmp/form47-old.jsonl'), new: loadLabelledFile('/tmp/form47-tune.jsonl') };
const reader = new MessageReader();
const JOB = new Set(['work_place', 'work_terms', 'work_boss']);
for (const [g, msgs] of Object.entries(groups)) {
  for (const m of msgs) {
    if (!STORYLESS_INTENTS.has(m.intent)) continue;
    const hits = reader.readFully(m.text).forms.filter((h) => !h.negated);
    if (hits.length === 0 || !hits.every((h) => JOB.has(h.concept))) continue;
    if (!hits.some((h) => h.concept !== 'work_boss')) continue;
    const words = hits.filter((h) => h.concept !== 'work_boss').map((h) => r(m.text, h)).join('; ');
    console.log(g, m.form.slice(0, 5), m.intent.slice(0, 12), '|', words, '|', m.text.slice(0, 140));
  }
}
function r(text: string, h: { concept: string; start: number; end: number }) { const a = reader.readFully(text).analysis; return h.concept + ':' + a.tokens.slice(h.start, h.end + 1).join(' '); }
