import { t } from '../platform/i18n';
import type { Region } from '../platform/storage';
import { consoleUrl, type ConsoleLink as Link } from './links';
import { key } from './text';

/** A link to a console page of the region; it opens in a new tab, and says so to screen readers. */
export function ConsoleLink(props: { region: Region; link: Link }) {
  return (
    <a href={consoleUrl(props.region, props.link)} target="_blank" rel="noopener noreferrer">
      {t(key('popup_link', props.link))}
      <span class="visually-hidden"> {t('popup_newTab')}</span>
    </a>
  );
}
