import axios from 'axios';

// OpenRouter integration
const OPENROUTER_API_KEY = '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';
export const openRouterHeaders = () => ({ 'Authorization': `Bearer ${OPENROUTER_API_KEY}` });

