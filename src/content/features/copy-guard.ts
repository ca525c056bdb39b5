// Warns, the moment it happens, when the merchant copies the Application ID or the Client Secret where the shop needs
// the Client ID (domain-facts: "What goes wrong", 3: "Unknown client_id"). Every way of copying is watched: a
// selection, an input, the console's own copy buttons (reported by page-world.iife.ts). What was copied is looked at
// and forgotten: nothing copied is stored (dom-contract: Wrong-credential guard).
import { recognizeLwaCredential } from '../../core/credentials';
import { t } from '../../platform/i18n';
import { h, placeInCorner, ui } from '../../ui/host';
import { onCopy, writeClipboard } from '../clipboard';
import type { Feature } from '../session';

export const copyGuard: Feature = {
  name: 'copy-guard',
  init(signal, context) {
    const panel = h('div', { class: 'panel', role: 'alert' });
    let copiedInstead = false;

    const close = () => panel.remove();
    const clientIdKnown = () => context.scan().model.clientId ?? context.progress().clientId?.value ?? null;

    const warn = (kind: 'app-id' | 'client-secret') => {
      const clientId = clientIdKnown();
      const status = h('span', { class: 'ok', role: 'status' });
      copiedInstead = false;
      const lines = [
        h('p', {}, h('b', {}, t(kind === 'app-id' ? 'guardCopiedAppId' : 'guardCopiedSecret'))),
        h('p', {}, t('guardNeedsClientId')),
        kind === 'client-secret' && h('p', {}, t('guardSecretOnlyInShop')),
      ];
      const buttons = h(
        'div',
        { class: 'row' },
        status,
        clientId &&
          h(
            'button',
            {
              type: 'button',
              onclick: async () => {
                const ok = await writeClipboard(clientId);
                copiedInstead = ok;
                status.textContent = t(ok ? 'copied' : 'copyFailed');
              },
            },
            t('copyClientIdInstead'),
          ),
        h('button', { type: 'button', onclick: close }, t('dismiss')),
      );
      panel.replaceChildren(...lines.filter((x): x is HTMLElement => Boolean(x)), buttons);
      // A fresh node each time, so that screen readers announce the alert again on a second copy.
      panel.remove();
      ui(signal).layer.append(panel);
      placeInCorner(panel);
    };

    onCopy((text) => {
      const kind = recognizeLwaCredential(text).kind;
      if (kind === 'app-id' || kind === 'client-secret') warn(kind);
      // Copying the client ID is the right thing: no warning, and an earlier one has done its job.
      else if (kind === 'client-id' && !copiedInstead) close();
    }, signal);
    signal.addEventListener('abort', close);
  },
};
