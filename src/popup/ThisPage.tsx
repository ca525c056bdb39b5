// What the content script recognised on the merchant's tab, and what failed there; or that it is no console page.
import { t } from '../platform/i18n';
import type { PageReport } from '../platform/messages';
import type { useConsoleAccess } from './hooks';
import { consoleName, key, list, regionName } from './text';

export function ThisPage(props: {
  report: PageReport | null | undefined;
  access: ReturnType<typeof useConsoleAccess>;
}) {
  const { report, access } = props;
  return (
    <section id="this-page" aria-labelledby="this-page-title">
      <h2 id="this-page-title">{t('popupThisPage')}</h2>
      <p role="status">
        {report
          ? t('popupConsolePage', consoleName(report.console))
          : // Known before the tab answers (without access it may not answer for a while): said at once.
            access.missing
            ? t('popup_noAccess')
            : report === undefined
              ? t('popupChecking')
              : // The content script only starts on pages loaded after the grant.
                access.granted
                ? t('popup_accessGranted')
                : t('popupNotConsole')}
      </p>
      {/* Firefox lets the merchant withdraw the console hosts; the request must come from this click. */}
      {access.missing && (
        <button type="button" onClick={() => void access.request()}>
          {t('popup_allowAccess')}
        </button>
      )}
      {report && (
        <ul class="facts">
          {report.region && <li>{t('popup_pageRegion', regionName(report.region))}</li>}
          <li>
            {report.fields.length > 0
              ? t('popup_pageFields', list(report.fields.map((field) => t(key('popup_field', field)))))
              : t('popup_pageNoFields')}
          </li>
          <li>{report.nextStep ? t('popup_pageNext', t(key('step', report.nextStep))) : t('popup_pageNothingNext')}</li>
          {report.failures.length > 0 && <li class="warn">{t('popup_pageFailures', list(report.failures))}</li>}
        </ul>
      )}
    </section>
  );
}
