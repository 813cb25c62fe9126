/**
 * The supervisor's review page: the list of anonymised conversations with filters, one
 * conversation with its quality notes, and the statistics with charts. Everything comes from
 * /staff/api/review/*.
 */
import { byId, el } from '../shared/dom';
import { dateTime } from '../shared/format';
import { anyBody, reviewListSchema, reviewTranscriptSchema, type ReviewList } from '../shared/schemas';
import type { Texts } from '../shared/texts';
import { startSession, formQuery, type PageContext } from './session';
import { duration, loadStats } from './stats';
import { renderFlags, renderTranscript } from './transcriptView';

const PAGE = 20;

export function startReview(texts: Texts): void {
  const t = (key: string, params?: Record<string, string | number>) => texts.t(key, params);
  const state: { offset: number; openId: string | null; opener: HTMLElement | null } = { offset: 0, openId: null, opener: null };
  const filters = byId('filters', HTMLFormElement);
  const statsForm = byId('stats-form', HTMLFormElement);
  const statsNodes = {
    form: statsForm,
    error: byId('stats-error'),
    status: byId('stats-status'),
    tiles: byId('stats-tiles'),
    charts: byId('stats-charts'),
  };
  const yesNo = (value: boolean | null | undefined) => texts.label('answers', value === true ? 'yes' : value === false ? 'no' : 'unknown');
  const transcriptPath = (id: string) => `/staff/api/review/transcripts/${encodeURIComponent(id)}`;

  const ctx: PageContext = startSession(texts, (ready) => {
    void loadList(ready);
    void loadStats(ready, statsNodes);
  });

  async function loadList(c: PageContext = ctx): Promise<void> {
    byId('list-error').textContent = '';
    byId('list-status').textContent = t('list.loading');
    try {
      renderList(
        await c.api.get(`/staff/api/review/transcripts?${formQuery(filters, { limit: PAGE, offset: state.offset })}`, reviewListSchema),
      );
    } catch (err) {
      byId('list-status').textContent = '';
      byId('list-error').textContent = c.errorText(err);
    }
  }

  function renderList(page: ReviewList): void {
    byId('list-body').replaceChildren(
      ...page.items.map((item) => {
        const when = dateTime(item.startedAt, texts.intlLocale);
        const triage = item.triage;
        const open = el('button', {
          type: 'button',
          className: 'button button--small',
          'aria-label': t('list.openLabel', { date: when }),
          'data-id': item.conversationId,
          text: t('list.open'),
        });
        open.addEventListener('click', () => {
          state.opener = open;
          void openTranscript(item.conversationId);
        });
        return el('tr', {}, [
          el('td', { text: when }),
          el('td', { text: texts.label('forms', triage?.form ?? 'unknown') }),
          el('td', {}, [triage?.acute ? el('strong', { className: 'tag tag--acute', text: yesNo(true) }) : yesNo(false)]),
          el('td', { text: yesNo(item.handedOff) }),
          el('td', { text: texts.label('outcomes', item.outcome ?? 'none') }),
          el('td', { text: duration(texts, item.waitSeconds) }),
          el('td', {}, [open]),
        ]);
      }),
    );
    byId('list-table').hidden = page.items.length === 0;
    byId('list-status').textContent =
      page.items.length === 0
        ? t('list.empty')
        : t('list.count', { from: page.offset + 1, to: page.offset + page.items.length, total: page.total });
    byId('list-previous', HTMLButtonElement).disabled = page.offset === 0;
    byId('list-next', HTMLButtonElement).disabled = page.offset + page.items.length >= page.total;
  }

  async function openTranscript(id: string): Promise<void> {
    state.openId = id;
    byId('detail-error').textContent = '';
    ctx.announcer.say(t('detail.loading'));
    try {
      const body = await ctx.api.get(transcriptPath(id), reviewTranscriptSchema);
      byId('detail-heading').textContent = t('detail.heading', { date: dateTime(body.transcript.startedAt, texts.intlLocale) });
      renderTranscript(texts, body.transcript, byId('detail-summary'), byId('detail-lines'));
      renderFlags(texts, body.flags, byId('flag-list'));
      byId('list').hidden = true;
      byId('detail').hidden = false;
      byId('detail-heading').focus();
      ctx.announcer.say(t('detail.opened', { date: dateTime(body.transcript.startedAt, texts.intlLocale) }));
    } catch (err) {
      byId('list-error').textContent = ctx.errorText(err);
    }
  }

  function closeTranscript(): void {
    byId('detail').hidden = true;
    byId('list').hidden = false;
    state.openId = null;
    if (state.opener && document.body.contains(state.opener)) state.opener.focus();
    else byId('list-heading').focus();
  }

  byId('flag-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    const id = state.openId;
    if (!id) return;
    byId('flag-error').textContent = '';
    const comment = byId('flag-comment', HTMLTextAreaElement);
    ctx.api
      .post(`${transcriptPath(id)}/flags`, { flag: byId('flag-kind', HTMLSelectElement).value, comment: comment.value }, anyBody)
      .then(async () => {
        comment.value = '';
        ctx.announcer.say(t('flags.saved'));
        const again = await ctx.api.get(transcriptPath(id), reviewTranscriptSchema);
        renderFlags(texts, again.flags, byId('flag-list'));
      })
      .catch((err: unknown) => {
        byId('flag-error').textContent =
          err instanceof Error && 'status' in err && err.status === 400 ? ctx.errorText(err) : t('flags.failed');
      });
  });

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    state.offset = 0;
    void loadList();
  });
  filters.addEventListener('reset', () => {
    // After the browser has cleared the fields.
    window.setTimeout(() => {
      state.offset = 0;
      void loadList();
    }, 0);
  });
  byId('list-previous').addEventListener('click', () => {
    state.offset = Math.max(0, state.offset - PAGE);
    void loadList();
  });
  byId('list-next').addEventListener('click', () => {
    state.offset += PAGE;
    void loadList();
  });
  byId('detail-back').addEventListener('click', closeTranscript);
  byId('detail').addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeTranscript();
  });
  statsForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void loadStats(ctx, statsNodes);
  });
}
