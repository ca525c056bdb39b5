import { useEffect, useRef } from 'preact/hooks';
import { t } from '../platform/i18n';
import { emptyProgress, progressFor, selectedRegion } from '../platform/storage';
import { Checker } from './Checker';
import { Checklist } from './Checklist';
import { ClientIdCard } from './ClientIdCard';
import { useConsoleAccess, usePageReport, useStored } from './hooks';
import { REGIONS } from './links';
import { ShopAddress } from './ShopAddress';
import { ThisPage } from './ThisPage';
import { regionName } from './text';

export function App() {
  const report = usePageReport();
  const access = useConsoleAccess();
  const region = useStored(selectedRegion);
  const stored = useStored(progressFor(region ?? 'EU'));
  // Items written by an older version may lack newer fields.
  const progress = stored && { ...emptyProgress(), ...stored };
  // Opened on a console of another region, the popup shows that region: it is the one the merchant is setting up.
  const followed = useRef(false);
  useEffect(() => {
    if (followed.current || !report?.region || region === undefined) return;
    followed.current = true;
    if (report.region !== region) void selectedRegion.set(report.region);
  }, [report, region]);

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <label class="region">
          {t('popup_region')}{' '}
          <select
            value={region ?? 'EU'}
            onChange={(event) => void selectedRegion.set(event.currentTarget.value as (typeof REGIONS)[number])}
          >
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {regionName(r)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <ThisPage report={report} access={access} />
      {region && progress && (
        <>
          <ClientIdCard region={region} progress={progress} />
          <Checklist region={region} progress={progress} />
        </>
      )}
      <Checker />
      <ShopAddress />
    </main>
  );
}
