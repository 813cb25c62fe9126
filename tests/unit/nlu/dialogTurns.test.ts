import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadScripts } from '../../../bench/dialogs/script';
import { dialogTrainingSets, dialogTuningSets, dialogTurnLines, TRAINED_CONVERSATIONS } from '../../../src/nlu/model/dialogTurns';

const turn = (text: string, acuteDanger = false) => ({ text, language: 'nl', acuteDanger, suicidal: false, questions: [] });
const conversation = (n: number, turns = [turn(`Ik maak me zorgen om gesprek ${n} en de baas`)]) =>
  JSON.stringify({ id: `C-${n}`, writer: 'w', page: 'nl', form: 'labour_exploitation', minor: null, expectedHelp: [], turns });

function tree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dialog-turns-'));
  const evalDir = path.join(root, 'tests', 'eval');
  fs.mkdirSync(path.join(evalDir, 'blind'), { recursive: true });
  const lines = ['// a comment line is not a conversation'];
  for (let n = 1; n <= 20; n++) lines.push(conversation(n));
  fs.writeFileSync(path.join(evalDir, 'dialogs-dev-x.jsonl'), `${lines.join('\n')}\n`);
  // A blind set of the same name shape, one folder down: never read.
  fs.writeFileSync(path.join(evalDir, 'blind', 'dialogs-dev-y.jsonl'), `${conversation(99)}\n`);
  fs.writeFileSync(path.join(evalDir, 'dialogs-blind-z.jsonl'), `${conversation(98)}\n`);
  return root;
}

describe('dialog turns as danger training lines (round 44)', () => {
  it('reads conversations 1 to 15 of each dialog tuning set, never the held-out 16 to 30 or a blind set', () => {
    const root = tree();
    try {
      expect(dialogTuningSets(root).map((f) => path.basename(f))).toEqual(['dialogs-dev-x.jsonl']);
      const ids = dialogTurnLines(root).map((m) => m.id);
      expect(ids).toEqual(Array.from({ length: TRAINED_CONVERSATIONS }, (_, i) => `C-${i + 1}#1`));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('leaves out a bare answer and the turns after the first danger told', () => {
    const root = tree();
    try {
      const file = path.join(root, 'tests', 'eval', 'dialogs-dev-x.jsonl');
      const turns = [
        turn('Er werken daar jongens die in een loods slapen'),
        turn('ja'),
        turn('Ze zijn nu opgesloten en hij heeft een mes', true),
        turn('ok ik bel nu de politie op'),
      ];
      fs.writeFileSync(file, `${conversation(1, turns)}\n`);
      const lines = dialogTurnLines(root);
      expect(lines.map((m) => [m.id, m.acuteDanger])).toEqual([
        ['C-1#1', false],
        ['C-1#3', true],
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads every conversation of a training set in corpus/dialogs (round 51), which has no held-out part', () => {
    const root = tree();
    try {
      const dir = path.join(root, 'corpus', 'dialogs');
      fs.mkdirSync(dir, { recursive: true });
      const lines = Array.from({ length: 20 }, (_, i) => conversation(100 + i));
      fs.writeFileSync(path.join(dir, 'train-x.jsonl'), `${lines.join('\n')}\n`);
      expect(dialogTrainingSets(root).map((f) => path.basename(f))).toEqual(['train-x.jsonl']);
      const ids = dialogTurnLines(root).map((m) => m.id);
      expect(ids).toEqual([
        ...Array.from({ length: TRAINED_CONVERSATIONS }, (_, i) => `C-${i + 1}#1`),
        ...Array.from({ length: 20 }, (_, i) => `C-${100 + i}#1`),
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads no training set where corpus/dialogs is missing', () => {
    const root = tree();
    try {
      expect(dialogTrainingSets(root)).toEqual([]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads in the shipped repository only the first fifteen conversations of tests/eval/dialogs-dev sets and the training sets', () => {
    const root = path.resolve(__dirname, '../../..');
    const sets = dialogTuningSets(root);
    expect(sets.length).toBeGreaterThan(0);
    for (const f of sets) expect(path.dirname(f)).toBe(path.join(root, 'tests', 'eval'));
    const ids = (f: string) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.trim().startsWith('//'))
        .map((l) => (JSON.parse(l) as { id: string }).id);
    const firstIds = new Set(sets.flatMap((f) => ids(f).slice(0, TRAINED_CONVERSATIONS)));
    const training = dialogTrainingSets(root);
    for (const f of training) expect(path.dirname(f)).toBe(path.join(root, 'corpus', 'dialogs'));
    const trainingIds = new Set(training.flatMap(ids));
    for (const id of trainingIds) expect(firstIds.has(id)).toBe(false);
    for (const m of dialogTurnLines(root)) {
      const id = m.id.replace(/#\d+$/, '');
      expect(firstIds.has(id) || trainingIds.has(id)).toBe(true);
    }
  });

  it('holds training sets that the dialog evaluation reads as it reads its sets (bench/dialogs/script.ts)', () => {
    const root = path.resolve(__dirname, '../../..');
    const training = dialogTrainingSets(root);
    expect(training.length).toBeGreaterThan(0);
    for (const f of training) expect(loadScripts(f).length).toBeGreaterThan(0);
  });
});
