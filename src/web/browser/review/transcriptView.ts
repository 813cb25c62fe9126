/**
 * One anonymised conversation for the supervisor: the summary (categories only) and who said
 * what, when. Placeholders the anonymiser put in ([NAAM-1], [TELEFOON-1]) are shown as marked
 * spans, so a reader sees at a glance what was masked; everything else is the text as stored.
 */
import { el } from '../shared/dom';
import { clockTime, dateTime } from '../shared/format';
import type { QaFlag, ReviewTranscript } from '../shared/schemas';
import type { Texts } from '../shared/texts';
import { duration } from './stats';

const PLACEHOLDER = /\[[A-Z][A-Z_]*(?:-\d+)?\]/g;

/** The text split into plain parts and placeholder parts, in order. */
export function splitPlaceholders(text: string): { text: string; masked: boolean }[] {
  const parts: { text: string; masked: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), masked: false });
    parts.push({ text: match[0], masked: true });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), masked: false });
  return parts;
}

function yesNo(texts: Texts, value: boolean | null | undefined): string {
  return texts.label('answers', value === true ? 'yes' : value === false ? 'no' : 'unknown');
}

/** The summary's rows as [term, value] pairs. */
export function summaryRows(texts: Texts, copy: ReviewTranscript): [string, string][] {
  const t = (key: string) => texts.t(key);
  const when = (iso: string) => dateTime(iso, texts.intlLocale);
  const rows: [string, string][] = [
    [t('detail.started'), when(copy.startedAt)],
    [t('detail.ended'), when(copy.endedAt)],
    [t('detail.language'), texts.label('locales', copy.locale)],
  ];
  const triage = copy.triage;
  if (triage) {
    rows.push(
      [t('detail.role'), triage.role ? texts.label('roles', triage.role) : t('format.none')],
      [t('detail.form'), texts.label('forms', triage.form || 'unknown')],
      [t('detail.acute'), yesNo(texts, triage.acute)],
      [t('detail.minor'), texts.label('minorShown', triage.minor)],
      [t('detail.suicidal'), yesNo(texts, triage.suicidal)],
      // The word signal for a minor is said in the minor's own row (told, guessed or a hint), not as a signal.
      [
        t('detail.signals'),
        triage.signals
          .filter((s) => s !== 'minor_involved')
          .map((s) => texts.label('signals', s))
          .join(', ') || t('detail.noSignals'),
      ],
      [t('detail.nextStep'), triage.nextStep ? texts.label('nextSteps', triage.nextStep) : t('format.none')],
      [t('detail.region'), triage.region ? texts.label('regions', triage.region) : t('format.none')],
    );
  } else {
    rows.push([t('detail.summary'), t('detail.noTriage')]);
  }
  rows.push(
    [t('detail.handedOff'), yesNo(texts, copy.handedOff)],
    [t('detail.wait'), duration(texts, copy.waitSeconds)],
    [t('detail.abandoned'), yesNo(texts, copy.abandoned)],
    [t('detail.outcome'), texts.label('outcomes', copy.outcome ?? 'none')],
  );
  return rows;
}

export function renderTranscript(texts: Texts, copy: ReviewTranscript, summary: HTMLElement, lines: HTMLElement): void {
  summary.replaceChildren(...summaryRows(texts, copy).flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })]));
  if (copy.lines.length === 0) {
    lines.replaceChildren(el('li', { className: 'muted', text: texts.t('detail.noLines') }));
    return;
  }
  lines.replaceChildren(
    ...copy.lines.map((line) =>
      el('li', { className: `line line--${line.role}` }, [
        el('p', { className: 'line__meta' }, [
          el('span', { className: 'line__who', text: texts.label('senders', line.role) }),
          ' ',
          el('time', { datetime: line.at, text: clockTime(line.at, texts.intlLocale) }),
        ]),
        el(
          'p',
          { className: 'line__text' },
          splitPlaceholders(line.text).map((part) => (part.masked ? el('mark', { className: 'masked', text: part.text }) : part.text)),
        ),
      ]),
    ),
  );
}

export function renderFlags(texts: Texts, flags: readonly QaFlag[], list: HTMLElement): void {
  if (flags.length === 0) {
    list.replaceChildren(el('li', { className: 'muted', text: texts.t('flags.empty') }));
    return;
  }
  list.replaceChildren(
    ...flags.map((flag) =>
      el('li', { className: 'flag' }, [
        el('strong', { className: 'tag', text: texts.label('flags', flag.flag) }),
        ' ',
        el('span', { className: 'muted', text: texts.t('flags.by', { name: flag.reviewer, time: dateTime(flag.at, texts.intlLocale) }) }),
        flag.comment ? el('p', { className: 'flag__comment', text: flag.comment }) : null,
      ]),
    ),
  );
}
