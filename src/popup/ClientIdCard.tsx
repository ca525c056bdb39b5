// The captured Client ID, ready to be pasted into the shop; without one, how to get it.
import { t } from '../platform/i18n';
import { type Region, type SetupProgress, updateProgress } from '../platform/storage';
import { ConsoleLink } from './ConsoleLink';
import { CopyButton } from './CopyButton';
import { consoleName, dateTime, regionName } from './text';

export function ClientIdCard(props: { region: Region; progress: SetupProgress }) {
  const { region } = props;
  const clientId = props.progress.clientId;
  return (
    <section id="client-id" class="card" aria-labelledby="client-id-title">
      <h2 id="client-id-title">{t('popup_clientIdTitle')}</h2>
      {clientId ? (
        <>
          <p>
            <code class="value" data-lwa-value="client-id">
              {clientId.value}
            </code>
          </p>
          <p class="muted">
            {t('popup_clientIdSeen', [consoleName(clientId.console), clientId.host, dateTime(clientId.seenAt)])}
          </p>
          <CopyButton
            key={clientId.value}
            text={clientId.value}
            label={t('copyClientId')}
            onCopied={() =>
              void updateProgress(region, (progress) => {
                progress.clientIdCopied = true;
              })
            }
          />
          <p>{t('popup_clientIdWhere')}</p>
        </>
      ) : (
        <>
          <p>{t('popup_noClientId', regionName(region))}</p>
          <p>
            <ConsoleLink region={region} link="lwa" />
          </p>
        </>
      )}
    </section>
  );
}
