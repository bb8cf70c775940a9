import { readCspNonce, stampNonceOnStyles } from './cspNonce';

// Imported first by main.tsx: module bodies run in import order, and the dev server injects
// CSS imports as <style> tags, which need the nonce before any other import creates one.
const nonce = readCspNonce();
if (nonce) stampNonceOnStyles(nonce);

export const cspNonce = nonce;
