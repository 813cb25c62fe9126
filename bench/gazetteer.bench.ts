/**
 * `npm run bench:gazetteer`: load time and memory of the gazetteer, the cost of resolvePlace, and
 * findPlaces throughput on chat text (the NLU and anonymiser evaluation messages), with and without
 * typo matching, at one and eight times the text to show the time grows linearly. Prints JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { Gazetteer } from '../src/geo';

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function messages(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => z.object({ text: z.string() }).parse(JSON.parse(line)).text);
}

function throughput(gazetteer: Gazetteer, texts: readonly string[], typos: boolean) {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const t of texts) gazetteer.findPlaces(t, { typos }); // warm-up
  const rounds = 5;
  let spans = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) spans += gazetteer.findPlaces(t, { typos }).length;
  const seconds = (performance.now() - t0) / 1000;
  return { chars, spansPerRound: spans / rounds, charsPerSecond: Math.round((chars * rounds) / seconds) };
}

function main(): void {
  const root = path.resolve(__dirname, '..');
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const gazetteer = Gazetteer.load();
  const loadMs = round(performance.now() - t0);
  const heapMb = round((process.memoryUsage().heapUsed - heapBefore) / 1e6);

  const texts = [...messages(path.join(root, 'tests/eval/nlu.jsonl')), ...messages(path.join(root, 'tests/eval/anonymiser.jsonl'))];
  const names = ['Hoogvliet', 'rdam zuid', 'Den Bosch', 'naaldwjik', 'Warschau', 'geen idee', 'in westland bij de kassen'];
  for (const n of names) gazetteer.placeIn(n);
  const t1 = performance.now();
  const calls = 20_000;
  for (let i = 0; i < calls; i++) gazetteer.placeIn(names[i % names.length]!);
  const placeInMicros = round(((performance.now() - t1) * 1000) / calls, 2);

  const eightfold = [Array(8).fill(texts.join('\n')).join('\n')];
  console.log(
    JSON.stringify(
      {
        loadMs,
        heapMb,
        counts: gazetteer.counts,
        placeInMicrosPerCall: placeInMicros,
        findPlaces: throughput(gazetteer, texts, true),
        findPlacesNoTypos: throughput(gazetteer, texts, false),
        findPlacesOneLongText8x: throughput(gazetteer, eightfold, true),
      },
      null,
      2,
    ),
  );
}

main();
