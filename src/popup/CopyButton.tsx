import { t } from '../platform/i18n';
import { useCopy } from './hooks';

/** A button that puts exactly `text` on the clipboard and says so next to it ("Copied"), for screen readers too. */
export function CopyButton(props: { text: string; label: string; name?: string; onCopied?: () => void }) {
  const [copied, copy] = useCopy();
  const onClick = async () => {
    if (await copy(props.text)) props.onCopied?.();
  };
  return (
    <span class="copy">
      <button type="button" aria-label={props.name} onClick={onClick}>
        {props.label}
      </button>
      <span role="status" class={copied === false ? 'error' : 'ok'}>
        {copied === null ? '' : copied ? t('copied') : t('copyFailed')}
      </span>
    </span>
  );
}
