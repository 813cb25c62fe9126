import { actionKey, actionText, actorText, detailPhrases } from '../../../../../src/web/browser/admin/auditText';
import { horizontalLayout, verticalLayout, type ChartItem } from '../../../../../src/web/browser/review/charts';
import { duration, percent, shareItems, weekNumber } from '../../../../../src/web/browser/review/stats';
import { reviewTranscriptSchema } from '../../../../../src/web/browser/shared/schemas';
import { splitPlaceholders, summaryRows } from '../../../../../src/web/browser/review/transcriptView';
import { reviewNl } from './texts';

const texts = reviewNl();

const item = (label: string, value: number): ChartItem => ({ label, value, valueText: String(value), cells: [String(value)] });

describe('charts', () => {
  it('writes each bar label and value right at its bar (no legend), longest bar for the largest value', () => {
    const layout = horizontalLayout([item('Arbeidsuitbuiting', 5), item('Seksuele uitbuiting', 2), item('Nog onbekend', 0)]);
    expect(layout.bars).toHaveLength(3);
    expect(layout.bars[0]!.width).toBeGreaterThan(layout.bars[1]!.width);
    expect(layout.bars[2]!.width).toBe(0);
    const labels = layout.texts.filter((t) => t.kind === 'label').map((t) => t.text);
    const values = layout.texts.filter((t) => t.kind === 'value').map((t) => t.text);
    expect(labels).toEqual(['Arbeidsuitbuiting', 'Seksuele uitbuiting', 'Nog onbekend']);
    expect(values).toEqual(['5', '2', '0']);
    // Each value sits just after the end of its own bar, on its row.
    layout.bars.forEach((bar, i) => {
      const value = layout.texts.filter((t) => t.kind === 'value')[i]!;
      expect(value.x).toBeGreaterThan(bar.x + bar.width);
      expect(value.y).toBeGreaterThan(bar.y);
      expect(value.y).toBeLessThanOrEqual(bar.y + bar.height);
    });
    expect(layout.bars.map((b) => b.title)).toEqual(['Arbeidsuitbuiting: 5', 'Seksuele uitbuiting: 2', 'Nog onbekend: 0']);
  });

  it('labels every column of a short series and every n-th one of a long series, values on the non-empty ones', () => {
    const weeks = verticalLayout([item('Week 1', 3), item('Week 2', 0), item('Week 3', 6)]);
    expect(weeks.texts.filter((t) => t.kind === 'label').map((t) => t.text)).toEqual(['Week 1', 'Week 2', 'Week 3']);
    expect(weeks.texts.filter((t) => t.kind === 'value').map((t) => t.text)).toEqual(['3', '0', '6']);
    const hours = verticalLayout(Array.from({ length: 24 }, (_, h) => ({ ...item(`${h}-${h + 1} uur`, h % 5), shortLabel: String(h) })));
    expect(hours.texts.filter((t) => t.kind === 'label').map((t) => t.text)).toEqual([
      '0',
      '2',
      '4',
      '6',
      '8',
      '10',
      '12',
      '14',
      '16',
      '18',
      '20',
      '22',
    ]);
    expect(hours.texts.filter((t) => t.kind === 'value')).toHaveLength(24 - 5);
    expect(hours.bars.every((b) => b.x >= 0 && b.x + b.width <= hours.width)).toBe(true);
  });

  it('draws an empty series without dividing by zero', () => {
    const empty = verticalLayout([item('a', 0), item('b', 0)]);
    expect(empty.bars.every((b) => b.height === 0 && Number.isFinite(b.y))).toBe(true);
  });
});

describe('statistics in words', () => {
  it('writes shares, durations and week numbers the Dutch way', () => {
    expect(percent(texts, 0.41666)).toBe('41,7%');
    expect(duration(texts, 45)).toBe(texts.t('format.seconds', { seconds: 45 }));
    expect(duration(texts, 125)).toBe(texts.t('format.minutesSeconds', { minutes: 2, seconds: 5 }));
    expect(duration(texts, null)).toBe(texts.t('format.none'));
    expect(weekNumber('2026-W09')).toBe('9');
    expect(shareItems(texts, [{ key: 'labour_exploitation', count: 5, share: 0.5 }], 'forms')[0]).toMatchObject({
      label: 'Arbeidsuitbuiting',
      cells: ['5', '50%'],
    });
  });
});

describe('review lines', () => {
  it('marks the anonymiser placeholders and leaves every other word as written', () => {
    expect(splitPlaceholders('Mijn collega [NAAM-1] belt [TELEFOON-2]. Overslaan')).toEqual([
      { text: 'Mijn collega ', masked: false },
      { text: '[NAAM-1]', masked: true },
      { text: ' belt ', masked: false },
      { text: '[TELEFOON-2]', masked: true },
      { text: '. Overslaan', masked: false },
    ]);
    expect(splitPlaceholders('[sic] is geen placeholder')).toEqual([{ text: '[sic] is geen placeholder', masked: false }]);
  });
});

describe('the summary of an anonymised copy', () => {
  const copy = (triage: Record<string, unknown>) =>
    reviewTranscriptSchema.parse({
      transcript: {
        conversationId: 'c1',
        startedAt: '2026-03-02T09:00:00.000Z',
        endedAt: '2026-03-02T09:30:00.000Z',
        locale: 'nl',
        triage: {
          role: 'self',
          form: 'labour_exploitation',
          signals: [],
          minorInvolved: true,
          region: null,
          acute: false,
          suicidal: false,
          nextStep: null,
          ...triage,
        },
        handedOff: false,
        waitSeconds: null,
        abandoned: false,
        outcome: null,
        lines: [],
      },
      flags: [],
    }).transcript;
  const minorRow = (triage: Record<string, unknown>) =>
    summaryRows(reviewNl(), copy(triage)).find(([term]) => term === reviewNl().t('detail.minor'))?.[1];

  it('says whether a minor was told, guessed or only hinted by a word, as the server read it', () => {
    expect(minorRow({ minor: 'hinted' })).toBe(reviewNl().label('minorShown', 'hinted'));
    expect(minorRow({ minor: 'told' })).toBe(reviewNl().label('minorShown', 'told'));
    expect(reviewNl().label('minorShown', 'hinted')).toMatch(/niet verteld/);
    // A copy from a server that did not send it reads as unknown, never as a yes from minorInvolved.
    expect(minorRow({})).toBe(reviewNl().label('minorShown', 'unknown'));
  });

  it('does not list the word signal for a minor among the signals (the minor row says it)', () => {
    const rows = summaryRows(reviewNl(), copy({ minor: 'hinted', signals: ['minor_involved', 'underpaid'] }));
    expect(rows.find(([term]) => term === reviewNl().t('detail.signals'))?.[1]).toBe(reviewNl().label('signals', 'underpaid'));
  });
});

describe('audit in plain words', () => {
  const names = new Map([
    ['u-1', 'Sanne'],
    ['u-2', 'Joris'],
  ]);

  it('tells a raw transcript read from an anonymised one, and a hold set from one lifted', () => {
    expect(actionText(texts, { action: 'transcript_read', detail: { entries: 12 } })).toBe('Gesprek (niet geanonimiseerd) bekeken');
    expect(actionText(texts, { action: 'transcript_read', detail: { anonymised: false, entries: 3 } })).toBe(
      'Gesprek (niet geanonimiseerd) bekeken',
    );
    expect(actionText(texts, { action: 'transcript_read', detail: { anonymised: true, lines: 4 } })).toBe('Geanonimiseerd gesprek bekeken');
    expect(actionKey({ action: 'legal_hold', detail: { hold: true } })).toBe('legal_hold_set');
    expect(actionText(texts, { action: 'legal_hold', detail: { hold: false, reason: 'Klaar' } })).toBe('Blokkade tegen wissen opgeheven');
    expect(actionText(texts, { action: 'retention_run', detail: { dryRun: true } })).toContain('proefdraai');
  });

  it('has words for every action the server records', async () => {
    const { AUDIT_ACTIONS } = await import('../../../../../src/staff/audit');
    for (const action of AUDIT_ACTIONS) {
      const text = actionText(texts, { action, detail: {} });
      expect({ action, raw: text.includes('_') || text === action }).toEqual({ action, raw: false });
    }
  });

  it('writes details as short phrases with names instead of ids', () => {
    expect(detailPhrases(texts, { action: 'chat_transferred', detail: { to: 'u-2' } }, names)).toEqual(['Aan: Joris']);
    expect(detailPhrases(texts, { action: 'transcript_read', detail: { anonymised: true, lines: 4 } }, names)).toEqual(['4 regels']);
    expect(detailPhrases(texts, { action: 'login_failed', detail: { reason: 'wrong_password' } }, names)).toEqual([
      'Reden: verkeerd wachtwoord',
    ]);
    expect(detailPhrases(texts, { action: 'audit_searched', detail: { filters: ['actor', 'action'], results: 1 } }, names)).toEqual([
      'Gezocht op: medewerker, actie',
      '1 resultaten',
    ]);
    expect(detailPhrases(texts, { action: 'chat_closed', detail: { outcome: 'advice_given' } }, names)).toEqual([
      'Uitkomst: Advies gegeven',
    ]);
    expect(detailPhrases(texts, { action: 'export', detail: { somethingNew: 7 } }, names)).toEqual(['somethingNew: 7']);
  });

  it('names who did it', () => {
    expect(actorText(texts, { actor: 'u-1', actorName: 'sanne' }, names)).toBe('Sanne');
    expect(actorText(texts, { actor: 'system', actorName: null }, names)).toBe(texts.label('actors', 'system'));
    expect(actorText(texts, { actor: 'u-9', actorName: 'oud' }, names)).toBe('oud');
  });
});

describe('retention in the audit', () => {
  it('says what a run deleted, and whether it was a dry run, in words', () => {
    const entry = {
      action: 'retention_run',
      detail: { dryRun: false, endedIdle: 1, copies: 2, copiesRefreshed: 0, rawBotOnly: 3, rawWithCounsellor: 0, anonymised: 4, audit: 5 },
    };
    expect(actionText(texts, entry)).toBe(texts.label('auditActions', 'retention_run'));
    const phrases = detailPhrases(texts, entry, new Map());
    expect(phrases).toContain('3 gesprekken met alleen de chatbot gewist');
    expect(phrases).toContain('4 geanonimiseerde kopieën gewist');
    expect(phrases.join(' ')).not.toMatch(/[a-z][A-Z]|:\s*\d/);
  });
});
