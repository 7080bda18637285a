import { initializeApp } from 'firebase/app';

export const app = initializeApp({
  apiKey: 'AIzaPSNT-gMN5zChZWrCdQ3IrYtXi2-IPFqKVUB',
  authDomain: 'acme-shop.firebaseapp.com',
  projectId: 'acme-shop',
});

// Maps
const MAPS_KEY = 'AIzakfAyvF0N96mIbK1kR-FoC0QoMEl53sttESv';
const MAPS_KEY_OLD = 'AIzaTH4NPC_VA3KbmBLwLW8qRHQ-aQgIZ8TwKV';
