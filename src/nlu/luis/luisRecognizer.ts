/**
 * LUIS adapter: the v3 prediction API through @azure/cognitiveservices-luis-runtime
 * (LUISRuntimeClient, prediction.getSlotPrediction). The response is checked with zod and mapped
 * onto the port; any failure throws a RecognizerError so FallbackRecognizer can answer locally.
 */
import { LUISRuntimeClient } from '@azure/cognitiveservices-luis-runtime';
import { ApiKeyCredentials, RestError, type AbortSignalLike } from '@azure/ms-rest-js';
import { RecognizerError, sendOnceMore, withTimeout } from '../errors';
import { firstLooker } from '../../understanding/firstLook';
import { finaliseRecognition, type FirstLooker, type ModelRecognition } from '../finalise';
import type { NluLocale, Recognition, Recognizer } from '../recognizer';
import { REMOTE_FORM_ENTITIES, REMOTE_SIGNAL_ENTITIES, mapForm, mapIntent, mapSignals } from '../remoteMapping';
import { entityValues, luisPredictionSchema } from './luisResponse';

export interface LuisOptions {
  /** e.g. https://westeurope.api.cognitive.microsoft.com (no path). */
  endpoint: string;
  /** The LUIS application id (a UUID; the SDK refuses anything else). */
  appId: string;
  key: string;
  /** 'production' or 'staging'. */
  slot: string;
  timeoutMs: number;
}

/** LUIS rejects queries over 500 characters; the safety screen still reads the whole message. */
const MAX_QUERY = 500;

export class LuisRecognizer implements Recognizer {
  readonly name = 'luis';
  private readonly client: LUISRuntimeClient;

  /** `look`: the first look `recognize` adds (danger and language); the understander skips it. */
  constructor(
    private readonly options: LuisOptions,
    private readonly look: FirstLooker = firstLooker(),
  ) {
    const credentials = new ApiKeyCredentials({ inHeader: { 'Ocp-Apim-Subscription-Key': options.key } });
    // No SDK retries: a slow or failing service must hand over to the local recognizer quickly.
    this.client = new LUISRuntimeClient(credentials, options.endpoint.replace(/\/+$/, ''), { noRetryPolicy: true });
  }

  async recognize(text: string, locale: NluLocale): Promise<Recognition> {
    return finaliseRecognition(await this.interpret(text), this.look(text, locale));
  }

  async interpret(text: string): Promise<ModelRecognition> {
    const body = await withTimeout(this.options.timeoutMs, async (abortSignal) => {
      const predict = () =>
        this.client.prediction.getSlotPrediction(
          this.options.appId,
          this.options.slot,
          { query: text.slice(0, MAX_QUERY) },
          {
            showAllIntents: true,
            verbose: false,
            log: false,
            // Node's AbortSignal has more members than the SDK's older AbortSignalLike describes.
            // No `timeout` here: ms-rest-js never clears the timer it starts for it, so every request
            // left one behind; withTimeout's abort signal already ends a late request.
            abortSignal: abortSignal as unknown as AbortSignalLike,
          },
        );
      try {
        // A pooled connection closed while idle gets one fresh try (as in the CLU adapter).
        const response = await sendOnceMore(abortSignal, predict);
        return response._response.parsedBody as unknown;
      } catch (err) {
        throw toRecognizerError(err);
      }
    });
    const parsed = luisPredictionSchema.safeParse(body);
    if (!parsed.success) throw new RecognizerError('bad_response');
    const { prediction } = parsed.data;
    const intent = mapIntent(prediction.topIntent);
    if (!intent) throw new RecognizerError('unmapped_intent');
    const intents: Recognition['scores']['intents'] = {};
    for (const [name, value] of Object.entries(prediction.intents)) {
      const mapped = mapIntent(name);
      if (mapped && value.score !== undefined) intents[mapped] = Math.max(intents[mapped] ?? 0, value.score);
    }
    const form = mapForm(entityValues(prediction.entities, REMOTE_FORM_ENTITIES));
    const signals = mapSignals(entityValues(prediction.entities, REMOTE_SIGNAL_ENTITIES));
    return { intent, form, signals, scores: { intent: intents[intent] ?? 0, form: form === 'unknown' ? 0 : 1, intents } };
  }
}

function toRecognizerError(err: unknown): RecognizerError {
  if (err instanceof RecognizerError) return err;
  if (err instanceof RestError) {
    if (err.code === RestError.REQUEST_ABORTED_ERROR) return new RecognizerError('timeout', undefined, { cause: err });
    if (typeof err.statusCode === 'number') {
      // A 2xx the SDK could not deserialize is a bad body, not an HTTP failure.
      if (err.statusCode >= 200 && err.statusCode < 300) return new RecognizerError('bad_response', err.statusCode, { cause: err });
      return new RecognizerError('http', err.statusCode, { cause: err });
    }
    return new RecognizerError('network', undefined, { cause: err });
  }
  // Socket errors surface as node-fetch errors with a system code (ECONNREFUSED, ENOTFOUND...).
  if (err instanceof Error && (err.name === 'FetchError' || typeof (err as { code?: unknown }).code === 'string')) {
    return new RecognizerError('network', undefined, { cause: err });
  }
  return new RecognizerError('invalid_request', undefined, { cause: err });
}
