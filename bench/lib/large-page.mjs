// A console page of a console's size: the hand-written fixtures hold the few dozen elements the assistant works
// with, while a real Seller Central page carries its header menu, tables and footer around them — thousands of
// texts that every look at the page walks past. This wraps a fixture's <body> in such chrome, the same every time
// (no randomness), so the benchmark measures what those texts cost.
// GUESSED, not measured on Amazon's pages (out of reach): the amounts — a menu of 400 entries, each a link and a
// one-line description; a table of 300 orders with 5 cells and a "View" button per row; a footer of 100 sentences.
// About 3,000 texts and 4,500 elements in all.

const WORDS = [
  'orders',
  'inventory',
  'pricing',
  'reports',
  'performance',
  'advertising',
  'payments',
  'growth',
  'catalog',
  'shipping',
  'returns',
  'messages',
  'settings',
  'account',
  'help',
];
const word = (i) => WORDS[(i * 7 + 3) % WORDS.length];
const title = (text) => text[0].toUpperCase() + text.slice(1);

const menu = () =>
  `<nav aria-label="Main menu"><ul>${Array.from(
    { length: 400 },
    (_, i) =>
      `<li><a href="#menu-${i}">${title(word(i))} ${word(i + 1)}</a><span>${word(i + 2)} and ${word(i + 3)} tools</span></li>`,
  ).join('')}</ul></nav>`;

const orders = () =>
  `<table><thead><tr><th>Order</th><th>Date</th><th>Status</th><th>Total</th><th>Buyer</th><th></th></tr></thead><tbody>${Array.from(
    { length: 300 },
    (_, row) =>
      `<tr>${Array.from({ length: 5 }, (_, cell) => `<td>${word(row + cell)} ${row * 7 + cell}</td>`).join('')}<td><button type="button">View</button></td></tr>`,
  ).join('')}</tbody></table>`;

const footer = () =>
  `<footer>${Array.from(
    { length: 100 },
    (_, i) =>
      `<p>Footer paragraph ${i} about ${word(i)}, with a longer sentence on the policies and conditions for sellers in this marketplace.</p>`,
  ).join('')}</footer>`;

/** The fixture's HTML with a menu at the start of <body> and a table and a footer at its end. */
export function consoleSized(html) {
  const open = html.indexOf('>', html.indexOf('<body')) + 1;
  const close = html.lastIndexOf('</body>');
  if (open <= 0 || close < open) throw new Error('consoleSized: no <body> in the fixture');
  return `${html.slice(0, open)}${menu()}${html.slice(open, close)}${orders()}${footer()}${html.slice(close)}`;
}
