import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';

const anthropic = new Anthropic({ apiKey: 'sk-ant-api03-H4BXSUnswLritPpVV3lxIixGSfs3rEyN1feI3BqBpILKz5mzryngR0EjLtMo6jYCNbaHBAJj7WYtQ0mnzgVjfRHg20tynAA' });
const admin = new OpenAI({ apiKey: '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' });

export const CLAUDE_OAUTH = {
  accessToken: 'sk-ant-oat01-6afqki3B-R4gAi6L6cwkUEsmlh9l9RTh2vw4mHQewQz-skLmrjVKNHhhQGRdneYOfQTxrWDlx6dh9NRMWJNnj2y-y4RZAAA',
  refreshToken: 'sk-ant-ort01-VHh8f4LKQWnbITB_Nrud5dYu-agAvF0P7HNzNL1eNPW9Mz9brIYOkgJ_Fxnv5WSL_Wgt7yUGemgnV-g3KrcnILCr6UWFbAA',
  expiresAt: 1767225600000,
};

export const ANTHROPIC_ADMIN_KEY = 'sk-ant-admin01-cpXFyNsvjAwwMXOIrFGrgaPBkzlyZlawpH6Eig-BLWw74EGJO-L0pcm0gAskg76t-lou0KUoymx4p1xzhij3wv6NLp1cbAA';

export async function ask(prompt: string) {
  return anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: prompt }],
  });
}
