import type { Language } from '../../../../shared/domain/views';

export interface Named {
  name: string;
  nameEn?: string | undefined;
}

/** Rubrics are written in Chinese; an English name is optional, so fall back to the original. */
export function localizedName(named: Named, language: Language): string {
  return language === 'en' && named.nameEn ? named.nameEn : named.name;
}

export function localizedLabel(
  option: { label: string; labelEn?: string | undefined },
  language: Language,
): string {
  return language === 'en' && option.labelEn ? option.labelEn : option.label;
}
