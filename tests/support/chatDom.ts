/** The citizen chat's elements and Dutch texts for jsdom tests of the browser chat modules. */
import fs from 'node:fs';
import path from 'node:path';
import { TEXT_KEYS, type Texts } from '../../src/web/browser/chat/config';
import type { ChatElements } from '../../src/web/browser/chat/view';

export function chatTexts(): Texts {
  const web = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../locales/nl/web.json'), 'utf8')) as {
    web: { chat: { client: Record<string, string> } };
  };
  return Object.fromEntries(TEXT_KEYS.map((k) => [k, web.web.chat.client[k]!])) as Texts;
}

/** Puts the chat's markup (as the page renders its ids) into the document, plus `extraHtml`. */
export function chatDom(extraHtml = ''): ChatElements {
  document.body.innerHTML = `
    <div id="scroll"><div id="log" role="log" aria-live="polite"></div><p id="typing" hidden></p><div id="choices" hidden></div></div>
    <p id="status" hidden></p><p id="announce"></p>
    <form id="form"><textarea id="input"></textarea><button id="send"></button><p id="count"></p><p id="too-long" hidden></p><button id="person" type="button"></button></form>
    <div id="ended" hidden><p id="ended-text"></p><div id="draft" hidden></div><button id="restart" type="button"></button></div>
    <div id="wipe-offer" hidden><button id="wipe" type="button"></button></div>
    ${extraHtml}`;
  const $ = (id: string) => document.getElementById(id)!;
  return {
    scroll: $('scroll'),
    log: $('log'),
    typing: $('typing'),
    choices: $('choices'),
    status: $('status'),
    announce: $('announce'),
    input: $('input') as HTMLTextAreaElement,
    send: $('send') as HTMLButtonElement,
    count: $('count'),
    tooLong: $('too-long'),
    form: $('form') as HTMLFormElement,
    ended: $('ended'),
    endedText: $('ended-text'),
    draft: $('draft'),
    restart: $('restart') as HTMLButtonElement,
    askPerson: $('person') as HTMLButtonElement,
    wipeOffer: $('wipe-offer'),
    wipe: $('wipe') as HTMLButtonElement,
  };
}
