// The background has two jobs: the toolbar badge, which shows how many setup steps are left for the console in each tab
// (or a tick when none are) from the reports that tab's content script sends; and keeping the content script's
// sentences ready in storage (page-strings.ts). It reads no page and sends nothing.
import browser, { type Runtime } from '../platform/browser';
import { t } from '../platform/i18n';
import { isNotice } from '../platform/messages';
import { keepPageStrings } from './page-strings';

keepPageStrings().catch(() => {});
// At a browser start (the only time the UI language can have changed), before the first console page if it can.
browser.runtime.onStartup.addListener(() => {
  keepPageStrings().catch(() => {});
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const tabId = sender.tab?.id;
  if (!isNotice(message) || tabId === undefined) return;
  const left = message.report.stepsLeft;
  void browser.action.setBadgeBackgroundColor({ tabId, color: left > 0 ? '#232F3E' : '#067D62' });
  void browser.action.setBadgeText({ tabId, text: left > 0 ? String(left) : '✓' });
  // The badge is a number or a tick only; the button's title says it in words (screen readers read the title).
  void browser.action.setTitle({ tabId, title: left > 0 ? t('popup_badgeLeft', String(left)) : t('popup_badgeDone') });
});
