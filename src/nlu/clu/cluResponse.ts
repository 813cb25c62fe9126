/**
 * Azure AI Language conversation analysis, api-version 2023-04-01
 * (POST {endpoint}/language/:analyze-conversations), as documented: the request carries one
 * conversation item and the project/deployment; the answer is
 * { kind: "ConversationResult", result: { query, prediction: { projectKind: "Conversation",
 *   topIntent, intents: [{ category, confidenceScore }], entities: [{ category, text, offset,
 *   length, confidenceScore, extraInformation?: [{ extraInformationKind: "ListKey", key }] }] } } }.
 */
import { z } from 'zod';

export const CLU_API_VERSION = '2023-04-01';

export interface CluRequest {
  kind: 'Conversation';
  analysisInput: { conversationItem: { id: string; participantId: string; text: string; language: string; modality: 'text' } };
  parameters: { projectName: string; deploymentName: string; stringIndexType: 'TextElement_V8'; verbose: boolean };
}

export function cluRequest(text: string, language: string, projectName: string, deploymentName: string): CluRequest {
  return {
    kind: 'Conversation',
    analysisInput: { conversationItem: { id: '1', participantId: 'citizen', text, language, modality: 'text' } },
    parameters: { projectName, deploymentName, stringIndexType: 'TextElement_V8', verbose: false },
  };
}

const extraInformation = z.object({ extraInformationKind: z.string(), key: z.string().optional() });

export const cluResponseSchema = z.object({
  kind: z.literal('ConversationResult'),
  result: z.object({
    query: z.string(),
    prediction: z.object({
      projectKind: z.literal('Conversation'),
      topIntent: z.string().min(1),
      intents: z.array(z.object({ category: z.string(), confidenceScore: z.number().min(0).max(1) })),
      entities: z
        .array(
          z.object({
            category: z.string(),
            text: z.string(),
            offset: z.number().int().min(0),
            length: z.number().int().min(0),
            confidenceScore: z.number().min(0).max(1),
            extraInformation: z.array(extraInformation).optional(),
          }),
        )
        .default([]),
    }),
  }),
});

export type CluResponse = z.infer<typeof cluResponseSchema>;
