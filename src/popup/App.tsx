import { useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from '../platform/browser';
import { t } from '../platform/i18n';
import type { PageReport } from '../platform/messages';

/**
 * The tab the merchant is looking at: the active one when this runs as the toolbar popup; when the popup page is open
 * in a tab of its own (pinned, or in tests), the tab used just before it.
 */
async function consoleTab(): Promise<Tabs.Tab | undefined> {
  const self = await browser.tabs.getCurrent();
  const tabs = await browser.tabs.query(self ? { currentWindow: true } : { active: true, currentWindow: true });
  return tabs
    .filter((tab) => tab.id !== self?.id)
    .sort((a, b) => (b.active ? 1 : 0) - (a.active ? 1 : 0) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/** Asks the active tab's content script what it recognised; undefined while asking, null on a non-console tab. */
function usePageReport(): PageReport | null | undefined {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  useEffect(() => {
    (async () => {
      const tab = await consoleTab();
      if (tab?.id === undefined) return setReport(null);
      try {
        setReport((await browser.tabs.sendMessage(tab.id, { type: 'lwa:page-report' })) as PageReport);
      } catch {
        // No content script answered: not a console page (or one the extension may not read).
        setReport(null);
      }
    })();
  }, []);
  return report;
}

export function App() {
  const report = usePageReport();
  return (
    <main>
      <h1>{t('extName')}</h1>
      <section aria-labelledby="this-page">
        <h2 id="this-page">{t('popupThisPage')}</h2>
        <p role="status">
          {report === undefined
            ? t('popupChecking')
            : report
              ? t('popupConsolePage', t(`console_${report.console.replaceAll('-', '_')}`))
              : t('popupNotConsole')}
        </p>
      </section>
    </main>
  );
}
