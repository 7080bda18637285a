import axios from 'axios';

export const TIMEOUT_MS = 8000;
export const lobConfig = {
  baseUrl: 'https://api.lob.com/v1/postcards',
  testApiKey: 'test_18410e5246c0331072933779f8dac143e8b',
} as const;

export const DOPPLER_TOKEN: string = 'dp.pt.Quebo4V8wjL18oBq4ozSwWAV0GnKGtRupbKHEqWgP8i';

export const facebookConfig = {
  baseUrl: 'https://graph.facebook.com/v19.0/me/accounts',
  pageAccessToken: 'EAAnuUVWloWTLfImpsZEgaUUJLgbmXfWCug9YtQl9Xeru8OGreBv1LK1weSmX2VN0ZMKZu8KnsIzRTFs1i5cXTWwouwRfv86cdwe321RcLh78Zao0lJp8pFDdWDG8zLZeif8iJIRqrOYSXDHc1GF29hWY2r723M5qcO4McqzuuGnu6qLVKEwFq59lVJqXQz7l6aRGmefPA5v1Cs8hbvvDCc',
} as const;

export const AUTOPILOT_API_KEY: string = '460d425b86c8fe426c89ded5a34c87e1';

export const cloudflareConfig = {
  baseUrl: 'https://api.cloudflare.com/client/v4/certificates',
  originCaKey: 'v1.0-7e08899b488a4d8d4bfa6aa6-30df10837ce309a2557c22f83c1acc01305ffba468a852af25e53bee09145ec6afce3449170e6c7ea2dfcb57bbe62f1da71ca22b477a89f1cf6a2483ea25b135960ead36b9aa35edce',
} as const;
