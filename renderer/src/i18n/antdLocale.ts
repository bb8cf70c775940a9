import type { ConfigProviderProps } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { Language } from '../../../shared/domain/views';

type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

/** antd's own texts (pagination, empty states, modals) follow the app language. */
export function antdLocale(language: Language): AntdLocale {
  return language === 'en' ? enUS : zhCN;
}
