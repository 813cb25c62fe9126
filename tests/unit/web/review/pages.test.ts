import path from 'node:path';
import { Catalog } from '../../../../src/i18n/catalog';
import type { CaseExport } from '../../../../src/transcripts/caseExport';
import { renderAdminPage } from '../../../../src/web/review/adminPage';
import { renderCaseExport } from '../../../../src/web/review/exportDocument';
import { renderReviewPage } from '../../../../src/web/review/page';
import { labelFor, reviewTexts } from '../../../../src/web/review/texts';

const catalog = Catalog.load(path.resolve(__dirname, '../../../../locales'), [
  'messages',
  'web',
  'guidance',
  'referrals',
  'console',
  'review',
]);
const urls = {
  baseCss: '/static/base.css?v=1',
  css: '/static/review.css?v=1',
  icon: '/static/favicon.svg?v=1',
  scripts: ['/static/review-core.js?v=1'],
};

describe('review locale texts', () => {
  const reviewKeys = (locale: 'nl' | 'en') => catalog.keys(locale).filter((k) => k.startsWith('review.'));

  it('Dutch and English say the same things', () => {
    expect(reviewKeys('en')).toEqual(reviewKeys('nl'));
  });

  it('keeps Dutch sentences short (B1: at most 20 words a sentence)', () => {
    for (const key of reviewKeys('nl')) {
      for (const sentence of catalog.t('nl', key).split(/[.?!]\s/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(20);
    }
  });

  it('flattens review texts and the shared labels for the scripts; review labels win', () => {
    const texts = reviewTexts(catalog, 'nl');
    expect(texts['list.heading']).toBe('Gesprekken');
    expect(texts['labels.forms.labour_exploitation']).toBe(catalog.t('nl', 'console.labels.forms.labour_exploitation'));
    expect(texts['labels.flags.missed_signal']).toBe('Signaal gemist');
    expect(labelFor(catalog, 'en', 'outcomes', 'none')).toBe('No outcome');
    expect(labelFor(catalog, 'en', 'outcomes', 'not_a_thing')).toBe('not_a_thing');
  });
});

describe('review and admin pages', () => {
  it('render the frame with the nonce on every script, the texts block and no inline handlers', () => {
    for (const render of [renderReviewPage, renderAdminPage]) {
      const page = render({ catalog, locale: 'nl', nonce: 'abc123', urls });
      expect(page).toContain('<script defer src="/static/review-core.js?v=1" nonce="abc123"></script>');
      expect(page).toContain('<script type="application/json" id="review-texts">');
      expect(page).toContain('<html lang="nl"');
      expect(page).toContain('id="login-form"');
      expect(page).not.toMatch(/\son[a-z]+=/i);
      expect(page).not.toMatch(/\sstyle=/i);
    }
  });

  it('ask for the right role and label the filters in the chosen language', () => {
    const review = renderReviewPage({ catalog, locale: 'en', nonce: undefined, urls });
    expect(review).toContain('data-role="supervisor"');
    expect(review).toContain('<label for="filter-form">Form of exploitation</label>');
    expect(review).toContain('<option value="missed_signal">Missed signal</option>');
    const admin = renderAdminPage({ catalog, locale: 'nl', nonce: undefined, urls });
    expect(admin).toContain('data-role="admin"');
    expect(admin).toContain('id="erasure-confirm"');
  });
});

describe('case-file export document', () => {
  const data: CaseExport = {
    exportedAt: '2026-03-03T10:00:00.000Z',
    exportedBy: { id: 'u1', name: 'Anna' },
    conversation: {
      id: 'conv-1',
      code: 'K7M-4QX',
      channelId: 'directline',
      locale: 'nl',
      status: 'ended',
      startedAt: '2026-03-02T09:00:00.000Z',
      endedAt: null,
    },
    triage: { form: 'labour_exploitation', acute: true, signals: ['underpaid'], role: 'other', minorInvolved: null, nextStep: 'police' },
    handoffs: [
      {
        queuedAt: '2026-03-02T09:01:00.000Z',
        acceptedAt: '2026-03-02T09:02:00.000Z',
        endedAt: null,
        status: 'closed',
        acute: true,
        outcome: 'advice_given',
        counsellor: 'Anna',
      },
    ],
    notes: [{ at: '2026-03-02T09:05:00.000Z', counsellor: 'Anna', text: 'Note <b>bold</b>' }],
    transcript: [{ seq: 1, at: '2026-03-02T09:00:00.000Z', role: 'citizen', sender: null, text: '<script>alert("x")</script> & "quotes"' }],
  };

  it('escapes every text and uses the nonce for its one style block', () => {
    const doc = renderCaseExport(data, catalog, 'nl', 'n0nce');
    expect(doc).not.toContain('<script');
    expect(doc).not.toContain('<b>bold</b>');
    expect(doc).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(doc).toContain('<style nonce="n0nce">');
    expect(doc).toContain('Gesprek K7M-4QX');
    expect(doc).toContain(catalog.t('nl', 'console.labels.forms.labour_exploitation'));
    expect(doc).toContain(catalog.t('nl', 'console.labels.outcomes.advice_given'));
  });

  it('says a minor pointed to by a word alone is a hint, not a yes', () => {
    const hinted = renderCaseExport(
      { ...data, triage: { ...data.triage, signals: ['minor_involved'], minorInvolved: true, facts: { minor: null, age: null } } },
      catalog,
      'nl',
      'n0nce',
    );
    expect(hinted).toContain(catalog.t('nl', 'review.labels.minorShown.hinted'));
    expect(hinted).not.toContain(`<dd>${catalog.t('nl', 'console.labels.signals.minor_involved')}`);
    const told = renderCaseExport(
      { ...data, triage: { ...data.triage, minorInvolved: true, facts: { minor: true, age: 15 } } },
      catalog,
      'nl',
      'n0nce',
    );
    expect(told).toContain(catalog.t('nl', 'review.labels.minorShown.told'));
    expect(told).not.toContain(catalog.t('nl', 'review.labels.minorShown.hinted'));
  });
});
