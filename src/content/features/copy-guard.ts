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
    // The page's client ID, else the one kept for this region — unless the page lists several (then the one kept
    // may be another application's, and the merchant picks from the list).
    const clientIdKnown = () => {
      const { model } = context.scan();
      if (model.clientId) return model.clientId;
      const shown = new Set(model.fields.filter((f) => f.name === 'client-id').map((f) => f.value));
      return shown.size > 1 ? null : (context.progress().clientId?.value ?? null);
    };

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
      // Taken out and put back, so that screen readers announce the alert again on a second copy.
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
