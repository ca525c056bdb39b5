// "My shop's address": from the address the merchant knows, the allowed origins and the return URL to register, each
// checked by the core, each with a copy button. Nothing typed here is stored.
import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { CopyButton } from './CopyButton';
import { type Entry, shopAddress } from './shop-address';
import { verdictText } from './text';

function Value(props: { entry: Entry; note?: string }) {
  const { entry } = props;
  return (
    <li>
      <code class="value">{entry.value}</code>{' '}
      <CopyButton text={entry.value} label={t('popup_copy')} name={t('popup_copyValue', entry.value)} />
      {props.note && <span class="muted note">{props.note}</span>}
      {entry.verdict.severity !== 'ok' && <span class="warn note">{verdictText(entry.verdict)}</span>}
    </li>
  );
}

export function ShopAddress() {
  const [text, setText] = useState('');
  const found = shopAddress(text);
  const origin = found?.origins[0]?.value;
  return (
    <section id="shop" aria-labelledby="shop-title">
      <h2 id="shop-title">{t('popup_shopTitle')}</h2>
      <label for="shop-input">{t('popup_shopLabel')}</label>
      <input
        id="shop-input"
        type="text"
        inputMode="url"
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      {found?.problem && <p class="warn">{verdictText(found.problem)}</p>}
      {found && found.origins.length > 0 && (
        <>
          <h3>{t('popup_shopOrigins')}</h3>
          <ul class="values">
            {found.origins.map((entry, index) => (
              <Value key={entry.value} entry={entry} note={index > 0 ? t('popup_shopPair') : undefined} />
            ))}
          </ul>
          <h3>{t('popup_shopReturnUrl')}</h3>
          {found.returnUrl ? (
            <ul class="values">
              <Value entry={found.returnUrl} note={t('popup_shopReturnThisPage')} />
            </ul>
          ) : (
            <p class="muted">{t('popup_shopReturnShape', `${origin}/checkout`)}</p>
          )}
        </>
      )}
    </section>
  );
}
