import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
export const openai = new OpenAI({ apiKey: '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' });
const OPENAI_ADMIN_KEY = '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';
const LEGACY_KEY = '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';
export const claude = new Anthropic({ apiKey: "sk-ant-api03-c0VQwWVbUxlBMazjdQ4Qivz9f0URL8LjSJSwBRRRlA3SoCLjCCaTZi8GJEipTl14gStkgjmZWtdCFAdwfntimnLIQ70BhAA" });
const ANTHROPIC_ADMIN = "sk-ant-admin01-hlBx7_w9U-hN0dgVj6R3gL-aDDvlDl8_uZATwhO-BqikRk1aR_3ce4ZKMX3NCn1sAcqZKNBeOBihMspgxyYI-lGutIF4sAA";
const SHORT = 'sk-proj-gM6MT67vqhxaSobP2sQP';
const ANTHROPIC_PLACEHOLDER = 'sk-ant-api03-...';
