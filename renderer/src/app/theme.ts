import type { ThemeConfig } from 'antd';
import type { Language } from '../../../shared/domain/views';

/** Deep red of party documents, used for the primary action and the header rule only. */
export const PRIMARY_RED = '#c41d1d';

const CJK_FONTS =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Hiragino Sans GB", "WenQuanYi Micro Hei"';
const LATIN_FONTS = '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial';

/**
 * Calm office look: antd defaults, white cards on light grey. The font stack differs by
 * language because CJK fonts draw the curly quotes “ ” full width: right in Chinese text, odd
 * in English, so English puts Latin fonts first and lets Chinese names fall through to CJK.
 */
export function themeFor(language: Language, reducedMotion = false): ThemeConfig {
  const fonts = language === 'en' ? [LATIN_FONTS, CJK_FONTS] : [CJK_FONTS, LATIN_FONTS];
  return {
    token: {
      colorPrimary: PRIMARY_RED,
      colorLink: PRIMARY_RED,
      colorInfo: '#1f5f9f',
      colorBgLayout: '#f0f2f5',
      borderRadius: 4,
      fontSize: 14,
      fontFamily: `${fonts.join(', ')}, sans-serif`,
      // The system's "reduce motion" setting turns antd's zooms and slides off.
      motion: !reducedMotion,
    },
    components: {
      Layout: {
        headerBg: '#ffffff',
        headerHeight: 56,
        headerPadding: '0 24px',
        siderBg: '#ffffff',
      },
      Menu: { itemBorderRadius: 4 },
    },
  };
}
