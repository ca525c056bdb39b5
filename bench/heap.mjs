// `node bench/heap.mjs [--fixture LEGACY]`: what the JS heap over the empty extension holds, by kind, for this
// extension, for the minimal content script with this project's domain rules (bench/minimal-domain) and for every
// feature done plainly with them (bench/minimal-features), on one console page: a heap snapshot after two forced collections (about 1 minute). Then how much less heap each arm holds
// with V8's regular-expression compiler off (--regexp-interpret-all: their bytecode instead) and with its baseline
// compiler off (--no-sparkplug): one load each, a net change rather than an exact part. Last, the regular expressions
// with the most machine code.
// The heap target (≤ 256 KB over the empty arm) is read against it: README, "What it costs a console page".
import { join } from 'node:path';
import { CHROMIUM_ARGS, launchArm } from './lib/browser.mjs';
import { buildChrome, buildMinimalDomain, buildMinimalFeatures, ROOT } from './lib/build.mjs';
import { CONSOLES, pagesOf } from './lib/fixtures.mjs';

const argv = process.argv.slice(2);
const name = argv.includes('--fixture') ? argv[argv.indexOf('--fixture') + 1] : 'LEGACY';
const fixture = CONSOLES[name];
if (!fixture) throw new Error(`--fixture: one of ${Object.keys(CONSOLES).join(', ')}`);
const KB = 1024;

// Folders of their own: floors.mjs and run.mjs build into .tmp/bench/chrome and .tmp/bench/minimal-domain.
const dirs = {
  empty: join(ROOT, 'bench/empty-extension'),
  domain: await buildMinimalDomain(join(ROOT, '.tmp/bench/heap-domain')),
  features: await buildMinimalFeatures(join(ROOT, '.tmp/bench/heap-features')),
  extension: await buildChrome(join(ROOT, '.tmp/bench/heap-chrome')),
};

// Kinds as the snapshot names its nodes, gathered the way they answer the question "what could code change".
const KINDS = [
  [
    'machine code (regular expressions, baseline and optimised functions)',
    (_t, n) => n === 'system / InstructionStream',
  ],
  ['bytecode', (_t, n) => n === 'system / BytecodeArray'],
  ['scripts’ source (external strings)', (_t, n) => n === 'system / ExternalStringData'],
  [
    'templates of the DOM and extension APIs the script touches in its world',
    (_t, n) => /^system \/ (FunctionTemplateInfo|ObjectTemplateInfo|FunctionTemplateRareData|AccessorPair)$/.test(n),
  ],
  [
    'the rest of what V8 keeps for code (function records, scope, feedback, constant pools, handlers, deoptimisation data)',
    (t, n) =>
      t === 'code' ||
      /^system \/ (ScopeInfo|Feedback|SharedFunctionInfo|TrustedByteArray|UncompiledData|ClosureFeedback|Code$)/.test(
        n,
      ),
  ],
  ['strings', (t) => t === 'string' || t === 'concatenated string' || t === 'sliced string'],
  ['closures', (t) => t === 'closure'],
  ['object shapes', (t, _n) => t === 'object shape'],
  ['objects and arrays', (t) => t === 'object' || t === 'array' || t === 'regexp'],
];

/** One load of the fixture in a browser with this extension, after two forced collections. */
async function measure(arm, flags) {
  // launchArm copies the bench's Chromium arguments: V8's flags join them for this browser only.
  if (flags) CHROMIUM_ARGS.push(`--js-flags=${flags}`);
  let launched;
  try {
    launched = await launchArm(arm === 'extension' ? 'extension' : 'empty', {
      root: ROOT,
      extensionDir: dirs[arm],
      emptyDir: dirs[arm],
      pages: pagesOf([fixture]),
    });
  } finally {
    if (flags) CHROMIUM_ARGS.pop();
  }
  try {
    const page = await launched.context.newPage();
    await page.goto(fixture.url, { waitUntil: 'load' });
    await page.waitForTimeout(fixture.settleMs + 500);
    const cdp = await launched.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    if (flags) return { used };
    const chunks = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return { used, snapshot: JSON.parse(chunks.join('')) };
  } finally {
    await launched.close();
  }
}

/** Sizes by kind, and the machine code of each regular expression. */
function read(snapshot) {
  const meta = snapshot.snapshot.meta;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [type, nameAt, size, edgeCount] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
    meta.node_fields.indexOf(f),
  );
  const toAt = meta.edge_fields.indexOf('to_node');
  const { nodes, edges, strings } = snapshot;
  const typeOf = (i) => meta.node_types[0][nodes[i + type]];
  const nameOf = (i) => strings[nodes[i + nameAt]];
  const kinds = new Map(KINDS.map(([kind]) => [kind, 0]));
  kinds.set('other', 0);
  const firstEdge = new Int32Array(nodes.length / nf);
  for (let i = 0, e = 0; i < nodes.length; i += nf) {
    firstEdge[i / nf] = e;
    e += nodes[i + edgeCount] * ef;
    const kind = KINDS.find(([, test]) => test(typeOf(i), nameOf(i)))?.[0] ?? 'other';
    kinds.set(kind, kinds.get(kind) + nodes[i + size]);
  }
  const children = (i) => {
    const out = [];
    for (let j = 0, e = firstEdge[i / nf]; j < nodes[i + edgeCount]; j++, e += ef) out.push(edges[e + toAt]);
    return out;
  };
  // A regular expression → its data → its code (one per kind of subject: one-byte, two-byte) → the machine code.
  const regexps = [];
  const counted = new Set();
  for (let i = 0; i < nodes.length; i += nf) {
    if (typeOf(i) !== 'regexp') continue;
    let code = 0;
    // Regular expressions of one source may share their data: each piece of machine code counted once.
    const walk = (at, depth) => {
      for (const to of children(at)) {
        const n = nameOf(to);
        if (n === 'system / InstructionStream' && !counted.has(to)) {
          counted.add(to);
          code += nodes[to + size];
        } else if (depth < 3 && /RegExpData|CodeWrapper|^system \/ Code$/.test(n)) walk(to, depth + 1);
      }
    };
    walk(i, 0);
    if (code) regexps.push({ source: nameOf(i), code });
  }
  return { kinds, regexps: regexps.sort((a, b) => b.code - a.code) };
}

const arms = ['empty', 'domain', 'features', 'extension'];
const plain = {};
for (const arm of arms) plain[arm] = await measure(arm);
const without = {};
for (const arm of arms)
  for (const flags of ['--regexp-interpret-all', '--no-sparkplug'])
    without[`${arm} ${flags}`] = (await measure(arm, flags)).used;

const read0 = Object.fromEntries(arms.map((arm) => [arm, read(plain[arm].snapshot)]));
const over = (arm, pick) => (pick(arm) - pick('empty')) / KB;
const f = (v) => v.toFixed(1);
console.log(
  `${fixture.id}: JS heap after two forced collections, KB over the empty extension, one load per arm. The rows by kind sum the snapshot's nodes (Blink's own among "other"): they do not add up to "used" exactly.\n`,
);
console.log(
  '| | the domain rules (bench/minimal-domain) | every feature, plainly (bench/minimal-features) | this extension | this extension − the domain rules |',
);
console.log('|---|---|---|---|---|');
const row = (label, pick) => {
  const d = over('domain', pick);
  const p = over('features', pick);
  const x = over('extension', pick);
  console.log(`| ${label} | ${f(d)} | ${f(p)} | ${f(x)} | ${f(x - d)} |`);
};
row('**used (Runtime.getHeapUsage)**', (arm) => plain[arm].used);
for (const [kind] of [...KINDS, ['other']]) row(kind, (arm) => read0[arm].kinds.get(kind));
row(
  'used, less with --regexp-interpret-all (regular expressions run as bytecode, never compiled to machine code; one load)',
  (arm) => -without[`${arm} --regexp-interpret-all`] + plain[arm].used,
);
row(
  'used, less with --no-sparkplug (no baseline code, and what goes with it; one load)',
  (arm) => -without[`${arm} --no-sparkplug`] + plain[arm].used,
);
console.log(
  '\nRegular expressions with the most machine code, this extension (bytes; compiled for one-byte and for two-byte text, both count):',
);
for (const { source, code } of read0.extension.regexps.slice(0, 8))
  console.log(`- ${code} B: /${source.slice(0, 90)}${source.length > 90 ? '…' : ''}/`);
