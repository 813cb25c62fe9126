import { NO_DANGER_IN_VIEW, nextDangerView, reminderNeeded } from '../../../src/bot/dangerInView';

const calm = { acuteDanger: false, suicidal: false };

describe('danger in view', () => {
  it('comes into view with acute danger and stays while later messages do not repeat it', () => {
    const after = nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false }, false);
    expect(after).toEqual({ acute: true, suicidal: false, since: 0 });
    expect(nextDangerView(nextDangerView(after, calm, false), calm, false)).toEqual({ acute: true, suicidal: false, since: 2 });
  });

  it('keeps 112 and 113 in view after thoughts of suicide', () => {
    expect(nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: true }, false)).toMatchObject({ acute: true, suicidal: true });
  });

  it('takes 112 out of view when the citizen says no one is in danger now, but not 113', () => {
    expect(nextDangerView({ acute: true, suicidal: false }, calm, true)).toMatchObject({ acute: false, suicidal: false });
    expect(nextDangerView({ acute: true, suicidal: true }, calm, true)).toMatchObject({ acute: false, suicidal: true });
  });

  it('a "no" in the same message that tells danger does not take it out of view', () => {
    expect(nextDangerView(NO_DANGER_IN_VIEW, { acuteDanger: true, suicidal: false }, true)).toMatchObject({ acute: true });
  });

  it('danger told anew brings the count back to this turn', () => {
    const later = { acute: true, suicidal: false, since: 5 };
    expect(nextDangerView(later, { acuteDanger: true, suicidal: false }, false).since).toBe(0);
  });

  it('asks for a reminder only when the turn sent no 112 (or no 113 after thoughts of suicide)', () => {
    expect(reminderNeeded(NO_DANGER_IN_VIEW, [])).toBeNull();
    expect(reminderNeeded({ acute: true, suicidal: false }, ['Wat wil je nu doen?'])).toBe('danger.reminder');
    expect(reminderNeeded({ acute: true, suicidal: false }, ['Hier kun je terecht:\n- Acuut gevaar: bel 112.'])).toBeNull();
    expect(reminderNeeded({ acute: true, suicidal: true }, ['Bel 112.'])).toBe('danger.reminderSuicidal');
    expect(reminderNeeded({ acute: true, suicidal: true }, ['Bel 112.', 'Bel 113 of gratis 0800-0113.'])).toBeNull();
    // A number that only contains 112 or 113 is not the line.
    expect(reminderNeeded({ acute: true, suicidal: false }, ['Bel 0800-1120.'])).toBe('danger.reminder');
  });

  it('names the line in the danger turn and the two after it, not at every later turn', () => {
    expect(reminderNeeded({ acute: true, suicidal: false, since: 0 }, ['ok'])).toBe('danger.reminder');
    expect(reminderNeeded({ acute: true, suicidal: false, since: 2 }, ['ok'])).toBe('danger.reminder');
    expect(reminderNeeded({ acute: true, suicidal: false, since: 3 }, ['ok'])).toBeNull();
    expect(reminderNeeded({ acute: true, suicidal: true, since: 3 }, ['ok'])).toBeNull();
  });

  it('an unsure message while danger is in view brings the lines back to this turn; not after "no", not with nothing in view', () => {
    const later = { acute: false, suicidal: true, since: 3 };
    expect(nextDangerView(later, { ...calm, unsure: true }, false)).toEqual({ acute: true, suicidal: true, since: 0 });
    expect(nextDangerView({ acute: true, suicidal: false, since: 3 }, { ...calm, unsure: true }, true).since).toBe(4);
    expect(nextDangerView(NO_DANGER_IN_VIEW, { ...calm, unsure: true }, false)).toEqual({ acute: false, suicidal: false, since: 1 });
  });
});
