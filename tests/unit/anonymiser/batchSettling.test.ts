/**
 * Round 49 (anonspeed49): repeated work of the shared passes taken out, every output the same. A
 * batch's texts keep their tokens and memo through settling; each text's caches are saved into one
 * object per text across the stages; a message the conversation's memory adds nothing to keeps the
 * winners of its first settling.
 */
import { Pseudonymiser } from '../../../src/anonymiser';
import { anonymiseJob, anonymiseJobs } from '../../../src/anonymiser/conversationAnonymiser';
import { keepingTokens, proposeAll, savedTextCaches, settleCandidates, settleRemembered } from '../../../src/anonymiser/detect';
import { ConversationMemory } from '../../../src/anonymiser/memory';
import { RECENT_TEXTS, RunMemo, activeMemo, withMemo } from '../../../src/anonymiser/runMemo';
import { tokenize } from '../../../src/anonymiser/text';
import type { Candidate } from '../../../src/anonymiser/types';
import { anonymiserConversations } from '../../support/anonymiserConversations';

/** Conversations of two tuning sets, never the blind ones. */
const conversations = (): string[][] => anonymiserConversations(['anonymiser-dev-y.jsonl', 'anonymiser.jsonl']);

/** The settling of a whole transcript as it was before this round: the memory asked inside each second settling. */
function settledAsBefore(texts: readonly string[]): Candidate[][] {
  return withMemo(new RunMemo(), () => {
    const proposals = proposeAll(texts);
    const memory = new ConversationMemory();
    texts.forEach((text, i) => memory.learn(text, settleCandidates(text, proposals[i]!)));
    return texts.map((text, i) => {
      const found = settleCandidates(text, proposals[i]!, memory);
      memory.learn(text, found);
      return found;
    });
  });
}

describe('keepingTokens', () => {
  const texts = Array.from({ length: RECENT_TEXTS + 3 }, (_, i) => `Bericht ${i} van Sanne uit Breda.`);

  it('keeps every text’s tokens until it returns, then the ring of recent texts serves again', () => {
    const memo = new RunMemo();
    withMemo(memo, () => {
      keepingTokens(memo, () => {
        const first = texts.map((t) => tokenize(t));
        // More texts than the ring keeps: each is still the same array.
        texts.forEach((t, i) => expect(tokenize(t)).toBe(first[i]));
        expect(memo.batchTokens?.size).toBe(texts.length);
      });
      expect(memo.batchTokens).toBeUndefined();
      const once = tokenize(texts[0]!);
      for (const t of texts.slice(1)) tokenize(t);
      expect(tokenize(texts[0]!)).not.toBe(once);
    });
  });

  it('leaves an outer keeping’s map in place and puts it back after a throw', () => {
    const memo = new RunMemo();
    const outer = new Map();
    memo.batchTokens = outer;
    expect(() =>
      keepingTokens(memo, () => {
        expect(memo.batchTokens).toBe(outer);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(memo.batchTokens).toBe(outer);
    memo.batchTokens = undefined;
    expect(() =>
      keepingTokens(memo, () => {
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(memo.batchTokens).toBeUndefined();
  });
});

describe('savedTextCaches', () => {
  it('writes one text’s caches into the object given and returns that object', () => {
    const memo = new RunMemo();
    withMemo(memo, () => proposeAll(['Ik ben Sanne uit Breda, bel 06 12345678.']));
    const fresh = memo.textCaches();
    const into = savedTextCaches(new RunMemo());
    expect(savedTextCaches(memo, into)).toBe(into);
    expect(into).toEqual(fresh);
    const other = new RunMemo();
    other.restoreTextCaches(into);
    expect(other.textCaches()).toEqual(fresh);
  });
});

describe('settling with the memory asked beforehand', () => {
  it('settleRemembered of the memory’s candidates is settleCandidates with the memory, and without any is the first settling', () => {
    let added = 0;
    let none = 0;
    for (const texts of conversations().slice(0, 120)) {
      withMemo(new RunMemo(), () => {
        const proposals = proposeAll(texts);
        const memory = new ConversationMemory();
        texts.forEach((text, i) => memory.learn(text, settleCandidates(text, proposals[i]!)));
        texts.forEach((text, i) => {
          const remembered = memory.candidates(text);
          if (remembered.length === 0) none++;
          else added++;
          expect(settleRemembered(text, proposals[i]!, remembered)).toEqual(settleCandidates(text, proposals[i]!, memory));
          if (remembered.length === 0) expect(settleCandidates(text, proposals[i]!)).toEqual(settleCandidates(text, proposals[i]!, memory));
        });
      });
    }
    // Both kinds of message were met.
    expect(added).toBeGreaterThan(20);
    expect(none).toBeGreaterThan(20);
  });

  it('gives every conversation the spans it was given before', () => {
    for (const texts of conversations()) {
      const spans = new Pseudonymiser()
        .anonymiseConversation(texts)
        .map((t) => t.entities.map(({ type, start, end }) => ({ type, start, end })));
      const before = settledAsBefore(texts).map((found) =>
        found.filter((c) => c.type !== 'KEEP').map(({ type, start, end }) => ({ type, start, end })),
      );
      expect(spans).toEqual(before);
    }
  });
});

describe('a batch settled within its own memo', () => {
  it('fills the memo it is given and answers as a Pseudonymiser with its own', () => {
    const texts = ['Mijn buurvrouw Zawadi werkt bij Kwekerij Verhoef.', 'Zawadi belde weer, 06-12345678.'];
    const memo = new RunMemo();
    const shared = new Pseudonymiser(memo).anonymiseConversation(texts);
    expect(shared).toEqual(new Pseudonymiser().anonymiseConversation(texts));
    expect([...memo.comparisonKeys.keys()]).toContain('ORGANISATIE|Kwekerij Verhoef');
    expect(activeMemo()).toBeUndefined();
  });

  it('gives each job what it gets alone when the jobs share words', () => {
    const jobs = [
      { texts: ['Ik ben Sanne uit Breda.', 'Sanne werkt bij Kwekerij Verhoef.'], continuing: false },
      { texts: ['Sanne? Nee, ik heet Roos.', 'Roos woont in Breda.'], continuing: false },
      { texts: ['[NAAM-1] belde, Sanne ook.'], continuing: true },
    ];
    expect(anonymiseJobs(jobs)).toEqual(jobs.map(anonymiseJob));
  });
});
