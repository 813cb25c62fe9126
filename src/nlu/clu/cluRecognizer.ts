/**
 * CLU adapter: Azure AI Language conversational language understanding over plain fetch (the
 * `:analyze-conversations` REST API). Responses are checked with zod and mapped onto the port; any
 * failure throws a RecognizerError so FallbackRecognizer can answer locally.
 */
import { RecognizerError, sendOnceMore, withTimeout } from '../errors';
import { firstLooker } from '../../understanding/firstLook';
import { finaliseRecognition, type FirstLooker, type ModelRecognition } from '../finalise';
import type { NluLocale, Recognition, Recognizer } from '../recognizer';
import { REMOTE_FORM_ENTITIES, REMOTE_SIGNAL_ENTITIES, mapForm, mapIntent, mapSignals } from '../remoteMapping';
import { CLU_API_VERSION, cluRequest, cluResponseSchema, type CluResponse } from './cluResponse';

export interface CluOptions {
  /** e.g. https://my-language.cognitiveservices.azure.com (no path). */
  endpoint: string;
  key: string;
  projectName: string;
  deploymentName: string;
  timeoutMs: number;
}

/** The API limits one conversation item to 1,000 characters. */
const MAX_TEXT = 1000;

export class CluRecognizer implements Recognizer {
  readonly name = 'clu';
  private readonly url: string;

  /** `look`: the first look `recognize` adds (danger and language); the understander skips it. */
  constructor(
    private readonly options: CluOptions,
    private readonly look: FirstLooker = firstLooker(),
  ) {
    this.url = `${options.endpoint.replace(/\/+$/, '')}/language/:analyze-conversations?api-version=${CLU_API_VERSION}`;
  }

  async recognize(text: string, locale: NluLocale): Promise<Recognition> {
    return finaliseRecognition(await this.interpret(text, locale), this.look(text, locale));
  }

  async interpret(text: string, locale: NluLocale): Promise<ModelRecognition> {
    const body = await withTimeout(this.options.timeoutMs, (signal) => this.post(text, locale, signal));
    const parsed = cluResponseSchema.safeParse(body);
    if (!parsed.success) throw new RecognizerError('bad_response');
    return this.map(parsed.data);
  }

  private async post(text: string, locale: NluLocale, signal: AbortSignal): Promise<unknown> {
    const request = cluRequest(text.slice(0, MAX_TEXT), locale, this.options.projectName, this.options.deploymentName);
    const send = () =>
      fetch(this.url, {
        method: 'POST',
        headers: { 'Ocp-Apim-Subscription-Key': this.options.key, 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
        signal,
      });
    let response: Response;
    try {
      // A reused connection that the service closed while idle gets one fresh try within the same
      // time budget, so an idle pause does not cost the citizen the cloud answer.
      response = await sendOnceMore(signal, send);
    } catch (err) {
      throw new RecognizerError(signal.aborted ? 'timeout' : 'network', undefined, { cause: err });
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new RecognizerError('http', response.status);
    }
    try {
      return (await response.json()) as unknown;
    } catch (err) {
      throw new RecognizerError(signal.aborted ? 'timeout' : 'bad_response', response.status, { cause: err });
    }
  }

  private map(data: CluResponse): Omit<Recognition, 'acuteDanger' | 'suicidal' | 'language'> {
    const { prediction } = data.result;
    const intent = mapIntent(prediction.topIntent);
    if (!intent) throw new RecognizerError('unmapped_intent');
    const intents: Recognition['scores']['intents'] = {};
    for (const { category, confidenceScore } of prediction.intents) {
      const mapped = mapIntent(category);
      if (mapped) intents[mapped] = Math.max(intents[mapped] ?? 0, confidenceScore);
    }
    // A list entity names its canonical value in extraInformation (ListKey); otherwise use the text.
    const values = (names: readonly string[]) =>
      prediction.entities
        .filter((e) => names.includes(e.category))
        .map((e) => e.extraInformation?.find((x) => x.extraInformationKind === 'ListKey' && x.key)?.key ?? e.text);
    const formEntity = prediction.entities.find((e) => REMOTE_FORM_ENTITIES.includes(e.category));
    const form = mapForm(values(REMOTE_FORM_ENTITIES));
    return {
      intent,
      form,
      signals: mapSignals(values(REMOTE_SIGNAL_ENTITIES)),
      scores: { intent: intents[intent] ?? 0, form: form === 'unknown' ? 0 : (formEntity?.confidenceScore ?? 1), intents },
    };
  }
}
