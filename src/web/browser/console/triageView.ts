/**
 * The bot's triage summary as the counsellor reads it: categories and the conversation facts
 * (about whom, relation, minor, age, municipality, region) in words, never the citizen's own
 * sentences. Facts the bot did not learn are left out, except the few a counsellor always asks
 * about, which say "unknown".
 */
import { minorShown, type MinorShown } from '../../../triage/minorShown';
import { el } from '../shared/dom';
import type { Triage } from '../shared/schemas';
import type { Texts } from '../shared/texts';

export interface TriageRow {
  /** Key under triage.* of the row's term; also a stable class name for styling and tests. */
  key: string;
  term: string;
  /** One value, or a list (signals). */
  value: string | readonly string[];
  /** Drawn with a warning mark: a minor, thoughts of suicide. */
  flag: boolean;
}

function answer(texts: Texts, value: boolean | null | undefined): string {
  return texts.label('answers', value === true ? 'yes' : value === false ? 'no' : 'unknown');
}

/** A label for a fact value: the locale's word when there is one, else the value made readable. */
function factLabel(texts: Texts, group: string, value: string): string {
  const label = texts.label(group, value);
  return label === value ? value.replace(/_/g, ' ') : label;
}

function minorText(texts: Texts, minor: MinorShown): string {
  if (minor === 'guessed') return texts.t('triage.minorGuessed');
  if (minor === 'hinted') return texts.t('triage.minorHinted');
  return answer(texts, minor === 'told' ? true : minor === 'no' ? false : null);
}

/** An age as a number; an age the summary kept as text ("16") is read, anything else is not an age. */
function years(age: string | number | null | undefined): number | null {
  if (typeof age === 'number') return age;
  return typeof age === 'string' && /^\d{1,3}$/.test(age) ? Number(age) : null;
}

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined && value !== '';
}

export function triageRows(triage: Triage, texts: Texts): TriageRow[] {
  const facts = triage.facts ?? {};
  const aboutWhom = facts.aboutWhom ?? triage.aboutWhom;
  const relation = facts.relation ?? triage.relation;
  const age = facts.age ?? triage.age;
  const municipality = facts.municipality ?? triage.municipality;
  const region = facts.region ?? triage.region;
  const rows: TriageRow[] = [];
  const row = (key: string, value: string | readonly string[], flag = false) =>
    rows.push({ key, term: texts.t(`triage.${key}`), value, flag });

  row('role', present(triage.role) ? texts.label('roles', triage.role) : answer(texts, null));
  if (present(aboutWhom)) row('aboutWhom', factLabel(texts, 'aboutWhom', aboutWhom));
  if (present(relation)) row('relation', factLabel(texts, 'relations', relation));
  row('form', texts.label('forms', triage.form || 'unknown'));
  // A minor has its own row below, which says whether it was told, guessed or only hinted by a word;
  // the word signal in this list would show the hint as a fact.
  const signals = triage.signals.filter((id) => id !== 'minor_involved');
  row('signals', signals.length === 0 ? texts.t('triage.noSignals') : signals.map((id) => texts.label('signals', id)));
  // Facts may come as their own object or, in older summaries, beside the categories.
  const factsKept = present(triage.facts) || present(triage.minor) || present(age);
  const minor = minorShown({
    facts: factsKept ? { minor: facts.minor ?? triage.minor, minorGuessed: facts.minorGuessed, age: years(age) } : null,
    minorInvolved: triage.minorInvolved,
    signals: triage.signals,
  });
  // A guess ("looks maybe 16") or a word alone ("kids") is shown as such, still flagged: the
  // counsellor asks, rather than reads it as told.
  row('minor', minorText(texts, minor), minor === 'told' || minor === 'guessed' || minor === 'hinted');
  if (present(age)) row('age', texts.t('triage.ageValue', { age: String(age) }));
  if (present(municipality)) row('municipality', municipality);
  row('region', present(region) ? texts.label('regions', region) : answer(texts, null));
  row('nextStep', present(triage.nextStep) ? texts.label('nextSteps', triage.nextStep) : answer(texts, null));
  if (triage.suicidal === true) row('suicidal', answer(texts, true), true);
  return rows;
}

/** The summary as a description list; a short notice when the bot made none. */
export function triageList(triage: Triage | null, texts: Texts): HTMLElement {
  if (!triage) return el('p', { className: 'muted', text: texts.t('triage.none') });
  return el(
    'dl',
    { className: 'triage' },
    triageRows(triage, texts).map((r) =>
      el('div', { className: `triage__row triage__row--${r.key}${r.flag ? ' triage__row--flag' : ''}` }, [
        el('dt', { text: r.term }),
        typeof r.value === 'string'
          ? el('dd', { text: r.value })
          : el('dd', {}, [
              el(
                'ul',
                { className: 'triage__signals' },
                r.value.map((v) => el('li', { text: v })),
              ),
            ]),
      ]),
    ),
  );
}

/** The acute flag: words and a symbol, never colour alone. */
export function acuteBadge(texts: Texts): HTMLElement {
  return el('span', { className: 'badge badge--acute' }, [el('span', { 'aria-hidden': 'true', text: '⚠ ' }), texts.t('queue.acute')]);
}
