// @vitest-environment happy-dom
// The limits a review of the rules sweeps 11 and 12 added (session 22) asked for, on a page (the wordings' limits, a
// reveal's and "- optional", are in labels.test.ts): a menu entry not shown yet is still read; the
// collapsed view button is the way to Login with Amazon only while no menu of its own is in the page; an empty row
// cloned by "Add another" is no changed entry; an ID's key in an element of its own after the prefix's text.
import { afterEach, expect, test } from 'vitest';
import { classify, type PageModel } from '../../src/console/classify';
import { collect } from '../../src/console/collect';

afterEach(() => {
  document.body.innerHTML = '';
});

function look(html: string): PageModel {
  document.body.innerHTML = html;
  return classify(collect(document));
}

const CLIENT_ID = 'amzn1.application-oa2-client.8b5e45312b5248b69eeaadd64fdeb0d2';

test('an entry of a menu not open yet is read without its aria-hidden icon: the gear that opens it is the way', () => {
  const model = look(`<p>Client ID: ${CLIENT_ID}</p>
    <button id="gear" aria-haspopup="menu" aria-expanded="false" aria-controls="m">⚙</button>
    <ul id="m" role="menu" style="display: none"><li><a role="menuitem" href="/settings/console/securityprofile/web-settings/view.html">
      <span aria-hidden="true">language</span><span>Web Settings</span></a></li></ul>`);
  expect(model.targets['edit-web-settings']?.id).toBe('gear');
});

test('the collapsed view button leads to Login with Amazon while its menu is not in the page, not when it is', () => {
  const button = `<button id="view" aria-haspopup="menu" aria-expanded="false" aria-controls="views">
    Amazon Pay (Sandbox View) - EUR</button>`;
  expect(look(button).targets['open-lwa-console']?.id).toBe('view');
  const withMenu = look(`${button}<ul id="views" role="menu" style="display: none">
    <li><a role="menuitem" href="#s">Amazon Pay (Sandbox View) - EUR</a></li>
    <li><a role="menuitem" href="#p">Amazon Pay (Production View) - EUR</a></li></ul>`);
  expect(withMenu.targets['open-lwa-console']).toBeUndefined();
});

test('a Save per row: the changed entry’s, not that of an empty row cloned from a filled one', () => {
  document.body.innerHTML = `<form>
    <div class="row"><span>Allowed JavaScript origins</span><input id="o1" value="https://a.example">
      <button type="button" id="so1">Save</button></div>
    <div class="row"><input id="o2" value=""><button type="button" id="so2">Save</button></div></form>`;
  // "Add another" cloned the first row (its value attribute too) and emptied it; the merchant typed into the second.
  (document.getElementById('o1') as HTMLInputElement).value = '';
  (document.getElementById('o2') as HTMLInputElement).value = 'https://b.example';
  expect(classify(collect(document)).targets['save-web-settings']?.id).toBe('so2');
});

test('an ID whose key is an element of its own after the prefix’s text is read whole, on their parent', () => {
  const model = look(
    `<dl><dt>Client ID</dt><dd><code id="cid">amzn1.application-oa2-client.<b>${CLIENT_ID.slice(29)}</b></code></dd></dl>`,
  );
  expect(model.fields.filter((f) => f.name === 'client-id').map((f) => [f.element.id, f.value])).toEqual([
    ['cid', CLIENT_ID],
  ]);
});

test('a list’s name repeated for screen readers inside its value, without the colon: its addresses counted once', () => {
  const model = look(`<p>Client ID: ${CLIENT_ID}</p><table>
    <tr><th scope="row">Allowed JavaScript Origins:</th><td><span style="position: absolute; width: 1px; height: 1px;
      overflow: hidden; clip: rect(0 0 0 0)">Allowed JavaScript Origins</span>
      <ul><li>https://a.example</li><li>https://b.example</li></ul></td></tr></table>`);
  expect(model.state.savedWebSettings?.origins).toBe(2);
});
