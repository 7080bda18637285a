import axios from 'axios';

export const TIMEOUT_MS = 8000;
export const jiraConfig = {
  baseUrl: 'https://acme-corp.atlassian.net/rest/api/3/myself',
  apiToken: 'ATATT3xFfGF003O8DqMLWmGzvupdDZm6WCNVUwAkonh2bKItECcddDfX-2MqMYyYCcNxBn4rAAYnXAdiqMVNJhEAW8XXn9-CM_l_vIDBHFPbMkhrmmsaV45uFZS__qwPeE_BZcz9ye8y9e_ydmOjEmul_ZEYUxdMSFUZ0nmUTg1QhuTzwQh4nEAEKbqG06Cej9=0D68D8D2',
} as const;

export const checkoutConfig = {
  baseUrl: 'https://api.sandbox.checkout.com/payments',
  secretKey: 'CKO_SECRET_KEY_EXAMPLE_VALUE',
} as const;

export const twitchConfig = {
  baseUrl: 'https://example.invalid',
  clientSecret: 'k7bmih8jqqilpbrdxd9x',
} as const;
