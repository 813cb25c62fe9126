/**
 * The side panel of a chat: the triage summary with the conversation facts, private notes,
 * transfer to an available colleague chosen from a list, hand back to the bot, and close with a
 * wrap-up. Actions that only make sense in a live chat are hidden (by CSS, .chat--ended) once it
 * has ended; while a chat the citizen left is wrapped up (.chat--wrapup) the close form stays.
 */
import { ApiError, type StaffApi } from '../shared/api';
import type { Announcer } from '../shared/announcer';
import { el, field } from '../shared/dom';
import { clockTime } from '../shared/format';
import {
  anyBody,
  colleaguesSchema,
  conversationSchema,
  savedNoteSchema,
  transferResultSchema,
  type Colleague,
  type ConversationView,
} from '../shared/schemas';
import type { Texts } from '../shared/texts';
import { triageList } from './triageView';

export interface SideDeps {
  api: StaffApi;
  texts: Texts;
  announcer: Announcer;
  errorText(err: unknown): string;
}

export interface SideChat {
  readonly code: string;
  /** The citizen left and the counsellor may still save notes and the outcome. */
  readonly wrapUp: boolean;
  end(text: string): void;
}

/** The colleague list's options: name and how many chats each holds, fewest first. */
export function colleagueOptions(colleagues: readonly Colleague[], texts: Texts): { value: string; label: string }[] {
  return [...colleagues]
    .sort((a, b) => a.chats - b.chats || a.displayName.localeCompare(b.displayName))
    .map((c) => ({ value: c.username, label: texts.t('transfer.option', { name: c.displayName, count: c.chats }) }));
}

/** `liveOnly` sections are hidden once the chat ended; `wrapUp` ones stay while it is wrapped up. */
function section(title: string, children: HTMLElement[], liveOnly = false, extraClass = ''): HTMLElement {
  return el('section', { className: `side__section${liveOnly ? ' side__section--live' : ''}${extraClass}` }, [
    el('h4', { text: title }),
    ...children,
  ]);
}

export class ChatSide {
  readonly node: HTMLElement;
  private readonly triageBox: HTMLElement;
  private readonly notesList: HTMLElement;
  private readonly transferSelect: HTMLSelectElement;
  private readonly outcome: HTMLSelectElement;
  private readonly actionError: HTMLElement;
  private notes: ConversationView['notes'] = [];

  constructor(
    private readonly chat: SideChat,
    base: string,
    slug: string,
    private readonly deps: SideDeps,
  ) {
    const { texts } = deps;
    const t = (key: string, params?: Record<string, string | number>) => texts.t(key, params);
    this.triageBox = el('div', { className: 'side__triage' }, [el('p', { className: 'muted', text: t('chats.loading') })]);
    this.notesList = el('ul', { className: 'notes' });
    const notesError = el('p', { className: 'form__error', role: 'alert' });
    const noteInput = el('textarea', { id: `note-${slug}`, rows: 2, maxlength: 4000 });
    this.actionError = el('p', { className: 'form__error', role: 'alert' });
    this.transferSelect = el('select', { id: `transfer-${slug}`, 'aria-describedby': `transfer-hint-${slug}` }, [
      el('option', { value: '', text: t('transfer.choose') }),
    ]);
    const transferHint = el('p', { id: `transfer-hint-${slug}`, className: 'muted small', text: t('transfer.hint') });
    this.transferSelect.addEventListener('focus', () => void this.loadColleagues());
    this.outcome = el('select', { id: `outcome-${slug}` }, [
      el('option', { value: '', text: t('close.choose') }),
      ...texts.keysOf('outcomes').map((key) => el('option', { value: key, text: texts.label('outcomes', key) })),
    ]);
    const closeNote = el('textarea', { id: `close-note-${slug}`, rows: 2, maxlength: 4000 });

    const saveNote = (event: Event) => {
      event.preventDefault();
      const text = noteInput.value.trim();
      if (!text) return;
      notesError.textContent = '';
      deps.api
        .post(`${base}/notes`, { text }, savedNoteSchema)
        .then(async ({ note }) => {
          noteInput.value = '';
          deps.announcer.say(t('notes.saved'));
          // After the citizen left the chat can no longer be read back: add the note as the server stored
          // it. A live chat is read back, so notes a colleague added meanwhile show as well.
          this.renderNotes(chat.wrapUp ? [...this.notes, note] : (await deps.api.get(base, conversationSchema)).notes);
        })
        .catch((err: unknown) => {
          notesError.textContent = deps.errorText(err);
        });
    };

    const transfer = (event: Event) => {
      event.preventDefault();
      const username = this.transferSelect.value;
      if (!username) {
        this.actionError.textContent = t('transfer.chooseFirst');
        this.transferSelect.focus();
        return;
      }
      this.actionError.textContent = '';
      deps.api.post(`${base}/transfer`, { username }, transferResultSchema).then(
        () => {
          const name = this.transferSelect.selectedOptions[0]?.dataset['name'] ?? username;
          chat.end(t('transfer.done', { name }));
        },
        (err: unknown) => {
          this.actionError.textContent = err instanceof ApiError && err.status === 400 ? t('transfer.failed') : deps.errorText(err);
          void this.loadColleagues();
        },
      );
    };

    const release = () => {
      this.actionError.textContent = '';
      deps.api.post(`${base}/release`, {}, anyBody).then(
        () => chat.end(t('ended.released')),
        (err: unknown) => {
          this.actionError.textContent = deps.errorText(err);
        },
      );
    };

    const close = (event: Event) => {
      event.preventDefault();
      if (!this.outcome.value) {
        this.actionError.textContent = t('close.chooseFirst');
        this.outcome.focus();
        return;
      }
      const body: { outcome: string; note?: string } = { outcome: this.outcome.value };
      if (closeNote.value.trim()) body.note = closeNote.value.trim();
      this.actionError.textContent = '';
      deps.api.post(`${base}/close`, body, anyBody).then(
        () => chat.end(t('ended.closed')),
        (err: unknown) => {
          // The wrap-up time is over, or the chat was erased meanwhile: nothing left to finish.
          if (chat.wrapUp && err instanceof ApiError && err.status === 404) chat.end(t('ended.gone'));
          this.actionError.textContent = deps.errorText(err);
        },
      );
    };

    const form = (onsubmit: (event: Event) => void, children: HTMLElement[]) =>
      el('form', { className: 'form', novalidate: true, onsubmit }, children);

    this.node = el('aside', { className: 'chat__side', 'aria-label': t('chats.actions', { code: chat.code }) }, [
      section(t('triage.heading'), [this.triageBox], false, ' side__section--summary'),
      section(t('notes.heading'), [
        el('p', { className: 'muted small', text: t('notes.hint') }),
        this.notesList,
        form(saveNote, [
          notesError,
          field(`note-${slug}`, t('notes.label'), noteInput),
          el('button', { type: 'submit', className: 'button', text: t('notes.save') }),
        ]),
      ]),
      this.actionError,
      section(
        t('transfer.heading'),
        [
          form(transfer, [
            field(`transfer-${slug}`, t('transfer.label'), this.transferSelect),
            transferHint,
            el('button', { type: 'submit', className: 'button', text: t('transfer.submit') }),
          ]),
        ],
        true,
      ),
      section(
        t('release.heading'),
        [
          el('p', { className: 'muted small', text: t('release.hint') }),
          el('button', { type: 'button', className: 'button', text: t('release.submit'), onclick: release }),
        ],
        true,
      ),
      section(
        t('close.heading'),
        [
          form(close, [
            field(`outcome-${slug}`, t('close.outcome'), this.outcome),
            field(`close-note-${slug}`, t('close.note'), closeNote),
            el('button', { type: 'submit', className: 'button button--danger', text: t('close.submit') }),
          ]),
        ],
        true,
        ' side__section--wrapup',
      ),
    ]);
  }

  /** Shows what the API returned for the conversation: triage summary and notes. */
  show(view: ConversationView): void {
    this.node.setAttribute('aria-label', this.deps.texts.t('chats.actions', { code: this.chat.code }));
    this.triageBox.replaceChildren(triageList(view.conversation.triage, this.deps.texts));
    this.renderNotes(view.notes);
    void this.loadColleagues();
  }

  focusTransfer(): void {
    this.transferSelect.focus();
  }

  focusClose(): void {
    this.outcome.focus();
  }

  /** Fills the colleague list with who is available now; keeps the choice when still there. */
  async loadColleagues(): Promise<void> {
    const { texts } = this.deps;
    let colleagues: Colleague[];
    try {
      colleagues = (await this.deps.api.get('/staff/api/counsellors/available', colleaguesSchema)).counsellors;
    } catch {
      return;
    }
    const chosen = this.transferSelect.value;
    const options = colleagueOptions(colleagues, texts);
    const names = new Map(colleagues.map((c) => [c.username, c.displayName]));
    this.transferSelect.replaceChildren(
      el('option', { value: '', text: options.length === 0 ? texts.t('transfer.nobody') : texts.t('transfer.choose') }),
      ...options.map((o) => el('option', { value: o.value, text: o.label, 'data-name': names.get(o.value) ?? o.value })),
    );
    if (options.some((o) => o.value === chosen)) this.transferSelect.value = chosen;
  }

  private renderNotes(notes: ConversationView['notes']): void {
    const { texts } = this.deps;
    this.notes = notes;
    this.notesList.replaceChildren(
      ...(notes.length === 0
        ? [el('li', { className: 'muted', text: texts.t('notes.empty') })]
        : notes.map((note) =>
            el('li', {}, [
              el('time', { datetime: note.at, text: clockTime(note.at, texts.intlLocale) }),
              ' ',
              el('span', { className: 'notes__text', text: note.text }),
            ]),
          )),
    );
  }
}
