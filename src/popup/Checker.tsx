// "What is this?": names whatever the merchant pasted, says whether it belongs in the shop's Client ID / Store ID
// field, and what was cleaned from it. The text lives in this component's state only: it is never stored or sent.
import { useState } from 'preact/hooks';
import { type Credential, recognizeCredential } from '../core/credentials';
import { t } from '../platform/i18n';
import { CopyButton } from './CopyButton';
import { key, list } from './text';

// domain-facts: "What goes wrong for merchants" 3: the App ID or the secret pasted as the client ID ("Unknown
// client_id"); 4: a SANDBOX- key on a live shop.
function shopFieldAdvice(credential: Credential): string | null {
  switch (credential.kind) {
    case 'unknown':
      return null;
    case 'client-id':
      return t('popup_fitClientId');
    case 'app-id':
      return t('popup_fitAppId');
    case 'client-secret':
      return t('popup_fitClientSecret');
    default:
      return t('popup_fitOther');
  }
}

function Verdict(props: { credential: Credential }) {
  const { credential } = props;
  const fits = shopFieldAdvice(credential);
  return (
    <>
      <p class={credential.kind === 'client-id' ? 'ok' : undefined}>
        <strong>
          {credential.kind === 'unknown'
            ? t('popup_checkerUnknown')
            : t('popup_checkerIs', t(key('credential', credential.kind)))}
        </strong>
      </p>
      {fits && <p class={credential.kind === 'client-id' ? undefined : 'warn'}>{fits}</p>}
      {credential.environment && <p>{t(key('popup_environment', credential.environment))}</p>}
      {credential.cleaned.length > 0 && (
        <p class="muted">{t('popup_cleaned', list(credential.cleaned.map((code) => t(key('cleaned', code)))))}</p>
      )}
    </>
  );
}

export function Checker() {
  const [text, setText] = useState('');
  const credential = text.trim() === '' ? null : recognizeCredential(text);
  return (
    <section id="checker" aria-labelledby="checker-title">
      <h2 id="checker-title">{t('popup_checkerTitle')}</h2>
      <label for="checker-input">{t('popup_checkerLabel')}</label>
      <textarea
        id="checker-input"
        rows={2}
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div role="status" class="verdict">
        {credential && <Verdict credential={credential} />}
      </div>
      {/* The cleaned Client ID, ready for the shop: only when cleaning changed what was pasted. */}
      {credential?.kind === 'client-id' && credential.cleaned.length > 0 && (
        <p>
          <code class="value">{credential.value}</code> <CopyButton text={credential.value} label={t('copyClientId')} />
        </p>
      )}
    </section>
  );
}
