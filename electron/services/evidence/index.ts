/**
 * Evidence files (issue #4): score sheets' files, and the checks any stored file passes (its
 * size, its type against its bytes), which the objections' attachments reuse.
 */
export { checkedContent, readChosen } from './chosen';
