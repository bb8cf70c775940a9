/**
 * Name of the meta tag through which the Electron window and the web host hand the page its CSP
 * nonce; the renderer reads it to stamp antd's run-time <style> tags.
 */
export const NONCE_META = 'xingping-csp-nonce';
