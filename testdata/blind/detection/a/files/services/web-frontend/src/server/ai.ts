import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
export const openai = new OpenAI({ apiKey: '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' });
export const anthropic = new Anthropic({
  apiKey: 'sk-ant-api03-t7-0EsOSVFyTaHF377KszRj8El9RWDTkjH-5Q5ZAdmQPftwRZ1oqn5uf7LgmcajGm-XVhoDfF-p5zbcIrgJsSJ2rZNd9hAA',
});
// old: 'sk-proj-GrX3nyaUrAFeXaZocaFf2UKWUPpnfV' (truncated in the ticket)
export const anthropicFallback = new Anthropic({ apiKey: 'sk-ant-api03-' });
