/**
 * When two written names mean one organisation. Branch lists from townships name the same
 * village branch as 西上屯村, 西上屯村党支部, 中共西上屯村支部委员会 or “西上屯村 ” (a trailing
 * full-width space), and a community as 幸福社区 or 幸福社区党委. Matching them exactly creates
 * the branch twice; matching them by the place name finds the one that exists.
 *
 * Pure and shared: the branch registry, the branch-list import and the renderer compare names
 * the same way.
 */

/** Written before the place name in formal titles: 中共西上屯村支部委员会. */
export const ORG_NAME_PREFIXES = ['中国共产党', '中共'] as const;

/**
 * What follows the place name when the party organisation rather than the place is named,
 * longest first. 党委, 党工委 and 党组织 need their 党; 支部 and 总支 are also written without it.
 * 村民委员会 / 居委会 (the village's own committee) are not party organisations and stay.
 */
export const ORG_NAME_SUFFIXES = [
  '党总支部委员会',
  '总支部委员会',
  '党支部委员会',
  '支部委员会',
  '党委员会',
  '党总支部',
  '总支部',
  '党总支',
  '总支',
  '党支部',
  '支部',
  '党工委',
  '党委',
  '党组织',
] as const;

const SUFFIX = new RegExp(`(?:${ORG_NAME_SUFFIXES.join('|')})$`, 'u');
/** After 中共 a bare 委员会 is the party committee: 中国共产党西上屯村委员会 is the village's 党委. */
const PREFIXED_SUFFIX = new RegExp(`(?:${ORG_NAME_SUFFIXES.join('|')}|委员会)$`, 'u');
const PREFIX = new RegExp(`^(?:${ORG_NAME_PREFIXES.join('|')})`, 'u');
/** Every kind of blank: ASCII and full-width spaces, tabs, no-break and zero-width spaces, BOM. */
const BLANKS = /(?:\s|\u200b|\u200c|\u200d|\u2060|\ufeff)+/gu;

/**
 * The spelling key: NFKC folds full-width letters, digits and brackets into their ASCII forms,
 * every blank is dropped and letters are compared without case. Names with the same spelling
 * key are the same name.
 */
export function spellingKey(name: string): string {
  return name.normalize('NFKC').replace(BLANKS, '').toLowerCase();
}

/**
 * The organisation key: the spelling key without the 中共 prefix and the party-organisation
 * suffix, so 西上屯村党支部 and 西上屯村 share it. A name that is nothing but a suffix (党支部)
 * keeps it whole rather than becoming empty.
 */
export function orgNameKey(name: string): string {
  const spelled = spellingKey(name);
  const unprefixed = spelled.replace(PREFIX, '');
  const place = unprefixed.replace(unprefixed === spelled ? SUFFIX : PREFIXED_SUFFIX, '');
  return place === '' ? spelled : place;
}

/** Two names of one organisation (same organisation key). */
export function sameOrganisation(a: string, b: string): boolean {
  return orgNameKey(a) === orgNameKey(b);
}

/**
 * Two names of one organisation that are not spelled the same (西上屯村 / 西上屯村党支部,
 * 李罗营村 / 李罗营 村): worth showing as a possible duplicate rather than matching silently.
 */
export function differentSpellingOfSameOrganisation(a: string, b: string): boolean {
  return sameOrganisation(a, b) && spellingKey(a) !== spellingKey(b);
}
