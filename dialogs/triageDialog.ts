import { TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { pendingFollowUps } from '../src/triage/followUps';
import { regionOf } from '../src/triage/regions';
import { mergeRecognition, recordAnswer } from '../src/triage/summary';
import type { FollowUp, TriageSummary } from '../src/triage/summary';
import { describesConcern, roleAnswer, yesNoAnswer } from './answers';
import { saysExactly } from './commands';
import { guidanceActivities, referralActivity } from './guidance';
import { DESCRIPTION_PROMPT, HelplineDialog } from './helplineDialog';
import type { Replies } from './replies';
import type { CounsellorDesk } from './counsellorDesk';
import type { TriageAccess } from './triageAccess';
import { turnFacts } from './turn';
import type { RetentionFacts } from './welcome';

export const TRIAGE_DIALOG = 'triageDialog';
const TRIAGE_STEPS = 'triageSteps';
const FOLLOW_UPS = 'followUps';
const AFTER_GUIDANCE = 'afterGuidance';
const CHOICE_PROMPT = 'choicePrompt';

interface FollowUpOptions {
  asked: FollowUp[];
}

/** What the steps of one waterfall run remember between turns. */
interface StepValues {
  described?: boolean;
  question?: FollowUp;
}

const valuesOf = (step: WaterfallStepContext): StepValues => step.values as StepValues;

/**
 * The conversation a counsellor would have: who is it about, what is going on, only the
 * follow-up questions that matter for the form, the region, then guidance and next steps.
 * One question at a time; buttons for choices, free text always accepted.
 */
export class TriageDialog extends HelplineDialog {
  constructor(
    replies: Replies,
    retention: RetentionFacts,
    private readonly triage: TriageAccess,
    desk: CounsellorDesk,
  ) {
    super(TRIAGE_DIALOG, replies, retention, triage, desk);
    this.addDialog(new TextPrompt(CHOICE_PROMPT));
    this.addDialog(new TextPrompt(DESCRIPTION_PROMPT));
    this.addDialog(
      new WaterfallDialog(TRIAGE_STEPS, [
        this.askRole.bind(this),
        this.takeRole.bind(this),
        this.askDescription.bind(this),
        this.takeDescription.bind(this),
        this.takeMore.bind(this),
        this.askRegion.bind(this),
        this.takeRegion.bind(this),
        this.giveGuidance.bind(this),
      ]),
    );
    this.addDialog(new WaterfallDialog(FOLLOW_UPS, [this.askFollowUp.bind(this), this.takeFollowUp.bind(this)]));
    this.addDialog(new WaterfallDialog(AFTER_GUIDANCE, [this.askNext.bind(this), this.takeNext.bind(this)]));
    this.initialDialogId = TRIAGE_STEPS;
  }

  private async askRole(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { text, recognition, locale } = turnFacts(step.context);
    const summary = await this.triage.get(step.context);
    const role = roleAnswer(this.replies, text);
    if (role) {
      await this.triage.set(step.context, { ...summary, role });
      return step.next();
    }
    if (describesConcern(recognition, text)) {
      // The citizen started with their story: keep it and do not ask for it again.
      valuesOf(step).described = true;
      await this.triage.set(step.context, mergeRecognition(summary, recognition));
      return step.next();
    }
    if (summary.role) return step.next();
    return step.prompt(CHOICE_PROMPT, {
      prompt: this.replies.withChoices(locale, 'welcome.question', ['choices.aboutMe', 'choices.aboutSomeoneElse', 'choices.professional']),
    });
  }

  private async takeRole(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result !== 'string') return step.next();
    const { recognition } = turnFacts(step.context);
    const summary = await this.triage.get(step.context);
    const role = roleAnswer(this.replies, step.result);
    if (role) await this.triage.set(step.context, { ...summary, role });
    else if (describesConcern(recognition, step.result)) {
      valuesOf(step).described = true;
      await this.triage.set(step.context, mergeRecognition(summary, recognition));
    }
    return step.next();
  }

  private async askDescription(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (valuesOf(step).described) return step.next();
    const { locale } = turnFacts(step.context);
    const summary = await this.triage.get(step.context);
    return step.prompt(DESCRIPTION_PROMPT, { prompt: this.replies.text(locale, `triage.askDescription.${summary.role ?? 'unknown'}`) });
  }

  private async takeDescription(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { locale, recognition } = turnFacts(step.context);
    let summary = await this.triage.get(step.context);
    if (typeof step.result === 'string') {
      summary = mergeRecognition(summary, recognition);
      await this.triage.set(step.context, summary);
    }
    if (summary.form === 'unknown' && summary.signals.length === 0) {
      return step.prompt(DESCRIPTION_PROMPT, { prompt: this.replies.text(locale, 'triage.askMore') });
    }
    return step.next();
  }

  private async takeMore(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { locale, recognition } = turnFacts(step.context);
    let summary = await this.triage.get(step.context);
    if (typeof step.result === 'string') {
      summary = mergeRecognition(summary, recognition);
      await this.triage.set(step.context, summary);
    }
    if (pendingFollowUps(summary, []).length === 0) return step.next();
    await step.context.sendActivity(this.replies.text(locale, 'triage.thanks'));
    return step.beginDialog(FOLLOW_UPS, { asked: [] } satisfies FollowUpOptions);
  }

  private async askRegion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { locale } = turnFacts(step.context);
    return step.prompt(CHOICE_PROMPT, { prompt: this.replies.withChoices(locale, 'triage.askRegion', ['answers.skip']) });
  }

  private async takeRegion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = typeof step.result === 'string' ? step.result : '';
    if (!saysExactly(this.replies, answer, 'skip')) {
      const summary = await this.triage.get(step.context);
      await this.triage.set(step.context, { ...summary, region: regionOf(answer) ?? 'other' });
    }
    return step.next();
  }

  private async giveGuidance(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { locale, conversationCode } = turnFacts(step.context);
    const summary = await this.triage.get(step.context);
    await step.context.sendActivities([
      ...guidanceActivities(this.replies, locale, summary),
      referralActivity(this.replies, locale, summary),
      ...(conversationCode ? [this.replies.text(locale, 'triage.code', { code: conversationCode })] : []),
    ]);
    return step.replaceDialog(AFTER_GUIDANCE);
  }

  private async askFollowUp(step: WaterfallStepContext<FollowUpOptions>): Promise<DialogTurnResult> {
    const summary = await this.triage.get(step.context);
    const [next] = pendingFollowUps(summary, step.options.asked);
    if (!next) return step.endDialog();
    valuesOf(step).question = next;
    const { locale } = turnFacts(step.context);
    const who = summary.role === 'self' ? 'self' : 'other';
    return step.prompt(CHOICE_PROMPT, {
      prompt: this.replies.withChoices(locale, `triage.followUp.${next}.${who}`, ['answers.yes', 'answers.no', 'answers.unknown']),
    });
  }

  private async takeFollowUp(step: WaterfallStepContext<FollowUpOptions>): Promise<DialogTurnResult> {
    const question = valuesOf(step).question as FollowUp;
    const { recognition } = turnFacts(step.context);
    const answer = yesNoAnswer(this.replies, String(step.result ?? ''), recognition);
    let summary: TriageSummary = await this.triage.get(step.context);
    summary = recordAnswer(mergeRecognition(summary, recognition), question, answer === 'unknown' ? null : answer === 'yes');
    await this.triage.set(step.context, summary);
    return step.replaceDialog(FOLLOW_UPS, { asked: [...step.options.asked, question] } satisfies FollowUpOptions);
  }

  private async askNext(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { locale } = turnFacts(step.context);
    return step.prompt(CHOICE_PROMPT, {
      prompt: this.replies.withChoices(locale, 'triage.nextQuestion', [
        'choices.counsellor',
        'answers.police',
        'answers.anonymous',
        'answers.restart',
        'answers.stop',
      ]),
    });
  }

  private async takeNext(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { locale, recognition, text } = turnFacts(step.context);
    const before = await this.triage.get(step.context);
    const after = mergeRecognition(before, recognition);
    await this.triage.set(step.context, after);
    if (after.form !== before.form) {
      await step.context.sendActivities([
        ...guidanceActivities(this.replies, locale, after),
        referralActivity(this.replies, locale, after),
      ]);
    } else if (recognition.intent === 'thanks' || recognition.intent === 'goodbye') {
      await step.context.sendActivity(this.replies.text(locale, recognition.intent === 'thanks' ? 'small.thanks' : 'triage.done'));
    } else if (text.trim() !== '') {
      await step.context.sendActivity(referralActivity(this.replies, locale, after));
    }
    return step.replaceDialog(AFTER_GUIDANCE);
  }
}
