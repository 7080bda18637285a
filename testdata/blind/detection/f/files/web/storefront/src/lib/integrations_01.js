'use strict';

// Dynatrace
  headers: { Authorization: `Bearer dt0c01.OPG757CDMZCH7UCFXOP27OS2.MTYDFGAVPG35V6F900DVRTF84WL5F0S1IURHJGM55S5S192DLZZ0YWUFF62P4XEP` },
// Private AI
process.env.PRIVATEAI_API_KEY ??= "<your-privateai-api-key>";

// Endor Labs
  headers: { Authorization: `Bearer endr+XL8clZ18xnkZ9nUq` },

// Paystack
  headers: { Authorization: `Bearer sk_live_001e83ddaf843f78117531b1144149ed45270c5c` },

// OpenRouter
process.env.OPENROUTER_API_KEY ??= "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";

// Typeform
const typeformWorkspaceId = "873e2475-273f-46ff-99a6-d95dccc50059";

// NetHunt
const nethunt = new Nethunt({ token: "mwyb256qtgffst8xodrx3td0q0mdsltk" });

// Finnhub
process.env.FINNHUB_API_KEY ??= "k9ns2um8j1467mxljbh7";

// Notion
process.env.NOTION_TOKEN ??= "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";

