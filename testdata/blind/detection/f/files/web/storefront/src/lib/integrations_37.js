'use strict';

// NVIDIA API
const nvidiaApiKey = "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";
// Todoist
  headers: { Authorization: `Bearer 7be38962cc279e46703dcdf5a4e8c547e484c18d` },
// ClickUp
const clickupApiToken = "pk_31485703_G1F493T8UW2B7GPB3FVVHVO4L376IQ3X";
// Holistic.dev
const holisticApiKey = "sBw2RwkfWkw9yqFLLMLyPozMnzIOt2JGPSetdgCH";
// Mailgun
process.env.MAILGUN_API_KEY ??= "changeme";
// FormCraft
process.env.FORMCRAFT_API_KEY ??= "U5KQdU633DuV9EK1";
