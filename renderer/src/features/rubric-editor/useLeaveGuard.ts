import { App } from 'antd';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks before unsaved changes are lost by leaving the editor: in-app links and the back button
 * (hash navigation) and, in the browser, closing or reloading the tab (beforeunload).
 *
 * A hash navigation fires popstate at once and hashchange a moment later; the shell's router
 * listens to hashchange. So popstate is where the guard stands: it puts the editor's address
 * back before the router looks, and asks. Leaving anyway then sets the hash again with the
 * guard let through once.
 */
export function useLeaveGuard(dirty: boolean, guardUnload: boolean): { allowLeave: () => void } {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const homeRef = useRef('');
  const passRef = useRef(false);
  const askingRef = useRef(false);

  const ask = (target: string) => {
    if (askingRef.current) return;
    askingRef.current = true;
    modal.confirm({
      title: t('rubricEditor.leaveTitle'),
      content: t('rubricEditor.leaveContent'),
      okText: t('rubricEditor.leaveOk'),
      okButtonProps: { danger: true },
      cancelText: t('rubricEditor.leaveStay'),
      focusable: { autoFocusButton: 'cancel' },
      onOk: () => {
        passRef.current = true;
        window.location.hash = target;
      },
      afterClose: () => {
        askingRef.current = false;
      },
    });
  };

  const onPopState = useEffectEvent(() => {
    if (passRef.current) {
      passRef.current = false;
      return;
    }
    if (!dirty || window.location.href === homeRef.current) return;
    const target = window.location.hash;
    window.history.replaceState(window.history.state, '', homeRef.current);
    ask(target);
  });

  const onBeforeUnload = useEffectEvent((event: BeforeUnloadEvent) => {
    if (dirty && guardUnload) event.preventDefault();
  });

  useEffect(() => {
    homeRef.current = window.location.href;
    const pop = () => onPopState();
    const unload = (event: BeforeUnloadEvent) => onBeforeUnload(event);
    window.addEventListener('popstate', pop);
    window.addEventListener('beforeunload', unload);
    return () => {
      window.removeEventListener('popstate', pop);
      window.removeEventListener('beforeunload', unload);
    };
  }, []);

  return {
    allowLeave: () => {
      passRef.current = true;
    },
  };
}
