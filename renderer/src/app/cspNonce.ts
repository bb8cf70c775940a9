import { NONCE_META } from '../../../shared/csp';

export function readCspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${NONCE_META}"]`);
  return meta?.content || undefined;
}

/**
 * The CSP allows only <style> elements carrying the page nonce. antd's CSS-in-JS gets it from
 * ConfigProvider, but some helpers below antd (the modal scroll lock and the scrollbar
 * measurement in @rc-component/util) create style tags without asking for one; stamping every
 * <style> at creation keeps them working instead of being blocked.
 */
export function stampNonceOnStyles(nonce: string): void {
  const create = document.createElement.bind(document);
  document.createElement = function createElement(
    tagName: string,
    options?: ElementCreationOptions,
  ): HTMLElement {
    const element = create(tagName, options);
    if (element instanceof HTMLStyleElement && !element.nonce) element.nonce = nonce;
    return element;
  };
}
