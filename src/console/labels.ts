// Label texts of Amazon's consoles, per concept, in every language they speak. Source: shared/domain-facts.md
// "Labels by language" (Amazon's Magento 2 plugin i18n/*.csv, pay.amazon.{fr,de,it,es} help page 202153200,
// developer.amazon.com ja docs, Shopware docs); entries marked (inferred) there are kept, since a wrong guess costs
// nothing but a missing one hides a field. Texts are stored normalised (see `normalizeLabel`).

const NON_ASCII = /[^\0-\x7f]/;

/**
 * Accents, soft hyphens ("Datenschutz&shy;richtlinie" in a narrow column), zero-width characters, Japanese middle
 * dots and curly quotes taken off: normalizeLabel's first step, all a quick test needs.
 */
function fold(text: string): string {
  // Plain ASCII (most texts of a console page) has nothing to fold but a backtick: no Unicode normalisation for it
  // (a look at the console-sized bench page folded ~3,000 texts: ~1 ms in normalize).
  if (!NON_ASCII.test(text)) return text.includes('`') ? text.replaceAll('`', "'") : text;
  return (
    text
      .normalize('NFKD')
      // The katakana middle dot that may join the words of a Japanese name ("セキュリティ・プロファイル名"; half-width "･"
      // is the same after NFKD) goes too: the tables hold the names without it, as domain-facts writes them.
      .replace(/[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]|(?<=\S)\u30fb(?=\S)/g, '')
      .replace(/[’`´]/g, "'")
  );
}

/** Lower-case, no accents, single spaces, without the decorations labels carry (":", "*", "?", "(optional)"). */
export function normalizeLabel(text: string): string {
  return (
    fold(text)
      .toLowerCase()
      .replace(
        /\((?:optional|facultatif|optionnel|opzionale|facoltativo|opcional|任意|required|obligatoire|requis|obligatorio|requerido|obbligatorio|richiesto|erforderlich|pflichtfeld|必須|\?)\)/g,
        ' ',
      )
      // Or after a dash: "Allowed Origins - optional", "- 任意" (variants-sweep11, inferred: no console is known to).
      .replace(/\s[-–—]\s*(?:optional|facultatif|optionnel|opzionale|facoltativo|opcional|任意)[\s*?:：]*$/, ' ')
      // A badge before or after the name ("必須 セキュリティプロファイル名": variants-sweep13, inferred), or the words a
      // screen reader is given after a required mark, drawn off screen ("Nom*champ obligatoire": the same, and read
      // joined to the name, so after any text: an error "Description obligatoire" reads as its field's name too).
      .replace(/^[\s*]*(?:必須|任意)|(?:必須|任意)[\s*?:：+]*$/g, ' ')
      .replace(
        /(?:required(?: field)?|(?:champ )?(?:obligatoire|requis)|pflichtfeld|erforderlich|(?:campo )?(?:obbligatorio|obligatorio|requerido))[\s*:]*$/,
        ' ',
      )
      // "Allowed return URL(s)" reads as the plural, as Integration Central's own "client ID/store ID(s)" does.
      .replace(/\(s\)/g, 's')
      .replace(/[\s\u00a0]+/g, ' ')
      // Japanese sets Latin words apart with spaces or not ("許可された JavaScript オリジン", "クライアント ID"): the tables
      // hold them without.
      .replace(/ (?=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef])|(?<=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]) /g, '')
      // "Client-ID / Store-ID" (Integration Central, German) and "Client ID/Store ID" name the same thing.
      .replace(/ ?\/ ?/g, '/')
      .replace(/^[\s*?:+]+|[\s*?:：+]+$/g, '')
      // Kana with their voicing marks composed again (NFKD took them apart, and they are no accents to drop): the
      // tables below hold Japanese labels as they are written.
      .normalize('NFC')
  );
}

// The lists' singular names, over a field for one more (an "Add origin" dialog's one entry; variants-sweep10,
// inferred): an entry's label only (namesOneEntry).
const ONE_ORIGIN = ['allowed javascript origin', 'allowed origin'];
const ONE_RETURN_URL = ['allowed return url'];

// Each entry is matched against the normalised label as a whole, so "Name" never matches "Security Profile Name"
// by accident; where a console adds words around a label, the longer text is listed too.
const LABELS = {
  clientId: [
    'client id',
    'store id',
    'client id/store id',
    'identifiant client',
    'id store',
    'identifiant client/id store',
    'client-id',
    'store-id',
    'client-id/store-id',
    'id cliente',
    'identificador del cliente',
    'クライアントid',
  ],
  appId: [
    'app id',
    'application id',
    'security profile id',
    "id d'application",
    'anwendungs-id',
    'id applicazione',
    'id de aplicacion',
    'セキュリティプロファイルid',
    // With its article (variants-sweep18, inferred).
    "id dell'applicazione",
  ],
  clientSecret: [
    'client secret',
    'secret du client',
    'chiave segreta cliente',
    'secreto del cliente',
    // Hyphenated, and with an article (variants-sweep18, inferred).
    'client-secret',
    'chiave segreta del cliente',
    'クライアントシークレット',
  ],
  webSettings: [
    'web settings',
    'parametres web',
    'webeinstellungen',
    'web-einstellungen',
    'impostazioni web',
    'configuracion web',
    'ウェブ設定',
    'web設定',
  ],
  allowedOrigin: [
    'allowed javascript origins',
    'allowed origins',
    ...ONE_ORIGIN,
    'origines javascript autorisees',
    'zulassige javascript-ursprunge',
    'origini javascript consentite',
    'origenes javascript permitidos',
    // The developer console's "Allowed Origins" in Spanish (variants-sweep18, inferred).
    'origenes permitidos',
    '許可されたjavascriptオリジン',
    '許可されたオリジン',
  ],
  allowedReturnUrl: [
    'allowed return urls',
    ...ONE_RETURN_URL,
    'url de renvoi autorisees',
    'urls de renvoi autorisees',
    // "retour" for "renvoi": a wording translations drift to (inferred, no public source).
    'url de retour autorisees',
    'urls de retour autorisees',
    'zulassige ruckleitungs-urls',
    'url restituiti consentiti',
    'url retorno permitidas',
    'url de retorno permitidas',
    'urls de retorno permitidas',
    '許可された返信url',
  ],
  appName: [
    'name',
    'application name',
    'app name',
    'security profile name',
    'application or store name',
    'app or store name',
    'nom',
    "nom de l'application",
    'anwendungs- oder shopname',
    'nome',
    'nombre',
    'セキュリティプロファイル名',
  ],
  appDescription: [
    'description',
    'security profile description',
    'beschreibung',
    'descrizione',
    'descripcion',
    '説明',
    'セキュリティプロファイルの説明',
  ],
  privacyUrl: [
    'privacy notice url',
    'consent privacy notice url',
    'url de politique de confidentialite',
    'url de la politique de confidentialite',
    'url zur datenschutzrichtlinie',
    "url dell'informativa sulla privacy",
    'url de la politica de privacidad',
    'プライバシー規約同意書url',
  ],
  logo: ['logo image', 'consent logo image', 'image du logo', 'logo', 'logotipo', '同意のロゴ画像'],
} as const;

// Actions are told apart by their whole text: "Enregistrer une nouvelle application" is Register, "Enregistrer" is
// Save (domain-facts: "A Save button is one whose text contains its language's Save word and names no other action").
const ACTIONS = {
  register: [
    'register new application',
    'register a new application',
    'enregistrer une nouvelle application',
    'create new client id/store id',
    'create a new client id/store id',
    'neue client-id/store-id erstellen',
    // Spanish, Italian and the German legacy console: domain-facts has no text for this button; inferred from the
    // French and from the other labels of those consoles ("aplicación", "applicazione", "Anwendung"), as a missing one
    // would hide the step.
    'neue anwendung registrieren',
    'registrar una nueva aplicacion',
    'registrar nueva aplicacion',
    'registra una nuova applicazione',
    'registra nuova applicazione',
    'create a new security profile',
    'create new security profile',
    'セキュリティプロファイルを新規作成',
  ],
  save: [
    'save',
    'save changes',
    'enregistrer',
    'enregistrer les modifications',
    'speichern',
    'anderungen speichern',
    'salva',
    'salva modifiche',
    'salva le modifiche',
    'guardar',
    'guardar cambios',
    '保存',
    '変更を保存',
    // The verb's plain form on a button (variants-sweep15, inferred).
    '保存する',
    '変更を保存する',
  ],
  // Integration Central's list: the way to a client ID's Web Settings (domain-facts: "View client ID/store ID(s)";
  // the German text is inferred).
  viewClient: ['view client id/store ids', 'client-id/store-ids anzeigen'],
  edit: ['edit', 'modifier', 'bearbeiten', 'modifica', 'editar', '編集'],
  addAnother: [
    'add another',
    'add',
    'ajouter',
    'ajouter une autre',
    'weitere hinzufugen',
    'hinzufugen',
    'aggiungi',
    'anadir',
    // "Add another" as one more of the list's entries, in the entry's gender (variants-sweep18, inferred).
    'anadir otro',
    'anadir otra',
    'agregar',
    '追加',
  ],
  showSecret: [
    'show client id and client secret',
    'show client id',
    'show secret',
    'show',
    'afficher',
    'afficher le secret',
    'anzeigen',
    'mostra',
    'mostrar',
    '表示',
    'シークレットを表示',
    'クライアントidとクライアントシークレットを表示',
    // The verb's plain form, as "保存する" (variants-sweep18, inferred).
    'クライアントidとクライアントシークレットを表示する',
  ],
  viewLwa: [
    'login with amazon',
    'connectez-vous avec amazon',
    'login mit amazon',
    'accedi con amazon',
    'iniciar sesion con amazon',
    'amazonでログイン',
  ],
} as const;

export type FieldConcept = keyof typeof LABELS;
export type ActionConcept = keyof typeof ACTIONS | 'viewAmazonPay' | 'toggle';

// The tables are written normalised (test/console/labels.test.ts checks each entry), so they are used as they are:
// normalising a few hundred texts again would cost every console page load for nothing.
const FIELD_BY_TEXT = new Map<string, FieldConcept>();
for (const [concept, texts] of Object.entries(LABELS)) {
  for (const text of texts) FIELD_BY_TEXT.set(text, concept as FieldConcept);
}
// "Add" with the entry it adds, and nothing else ("Añadir URL de retorno", "Add another origin", "Ursprung
// hinzufügen", "オリジンを追加": an icon's name, variants-sweep13, inferred): one more entry of that list. Whole words, the
// whole name: not "Add a security profile" nor "Add URL parameter" (review 67).
const ADD_ENTRY =
  /^(?:add|ajouter|aggiungi|anadir|agregar)(?: (?:another|an?|une?|une autre|un altro|un'altra|otro|otra))?(?: (?:allowed|return|javascript))* (?:origin|origine|origen|url)s?(?: javascript| (?:de|di) (?:retour|retorno|ritorno))?$|^(?:weitere[nr]? |neue[nr]? )?(?:(?:javascript-)?ursprung|(?:ruckleitungs-)?url)s? hinzufugen$|^(?:オリジン|(?:リターン|返信)?url)を?追加$/;
const ACTION_BY_TEXT = new Map<string, ActionConcept>();
for (const [concept, texts] of Object.entries(ACTIONS)) {
  for (const text of texts) ACTION_BY_TEXT.set(text, concept as ActionConcept);
}

/** Every field label text (for tests: the observer and fieldConcept rely on labels having no digits). */
export const fieldLabelTexts = (): string[] => Object.values(LABELS).flat();
export const actionLabelTexts = (): string[] => Object.values(ACTIONS).flat();

const FIELD_TEXTS = [...FIELD_BY_TEXT.keys()];

// The longest piece of every label, folded: a label's pieces are its words, and within a word its runs of Latin and of
// other scripts ("許可された返信" and "url"). However a console sets a label apart in elements (at a space, a hyphen, or
// where the script changes), its longest piece stays whole in one text. A text in which none of them appears, in any
// case, holds no label, nor a part of one that a look starts from; it is not normalised as a whole (a busy page's
// ticker re-renders kilobytes of text every frame).
const PIECES = /[\s/-]+|(?<=[a-z0-9])(?=[^\0-\x7f])|(?<=[^\0-\x7f])(?=[a-z0-9])/;
export const LABEL_WORDS = new RegExp(
  [
    ...new Set(
      FIELD_TEXTS.map(
        (label) =>
          fold(label)
            .split(PIECES)
            .sort((a, b) => b.length - a.length)[0] ?? label,
      ),
    ),
  ]
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'i',
);

/**
 * Whether a text holds, in any case and accents, the longest piece of some field label. However a console splits a
 * label into texts (at a space, a hyphen, or where the script changes), one of them holds it: texts without one are
 * no part of any label, and a look does not start from them.
 */
export const mentionsLabelWord = (text: string) => LABEL_WORDS.test(fold(text));

/** Whether a text (of any length) has a field label somewhere in it: a cheap test before looking closer. */
export function mentionsFieldLabel(text: string): boolean {
  if (!mentionsLabelWord(text)) return false;
  const normal = normalizeLabel(text);
  return FIELD_TEXTS.some((label) => normal.includes(label));
}

// The same few texts come back on every look at the page: their answer is kept (a bounded number of them).
const conceptOf = new Map<string, FieldConcept | undefined>();
const actionOf = new Map<string, ActionConcept | undefined>();
// A button's text is asked for its action and then for the field it names: the second question normalises nothing.
let lastText = '';
let lastNormal = '';
const normalOf = (text: string) => {
  if (text !== lastText) {
    lastNormal = normalizeLabel(text);
    lastText = text;
  }
  return lastNormal;
};

const LIMIT = /\s*[(（][^()（）]*\d[^()（）]*[)）]\s*$/;
// How to type a list, in brackets after its name: "(one per line)", "(optional, comma-separated)", "(une par ligne)",
// "(eine pro Zeile)", "(1行に1つ)". Only that: "(example)", "(deprecated)", "(Ansprechpartner)" change what the label
// names (review 19).
const HINT = /\s*\((?=[^()]*(?:line|ligne|zeile|riga|linea|行|comma|virgul|komma|coma|カンマ|区切))[^()]*\)$/;
// A count set apart after a list's name: "Allowed Origins · 2" (a bare number is an entry's: "Origine 1").
const COUNT = /\s*[·•|]\s*\d{1,3}\s*$/;

/** The field a label names, or undefined. */
export function fieldConcept(label: string): FieldConcept | undefined {
  // A label is a few words without digits (none in LABELS): a long text or a number is never one, and normalising it
  // would cost time for nothing.
  if (label.length > 200) return undefined;
  // Save a length limit in brackets after it ("Beschreibung (max. 500 Zeichen)"), or a count set apart.
  if (/\d/.test(label)) label = label.replace(LIMIT, '').replace(COUNT, '');
  if (/\d/.test(label)) return undefined;
  if (conceptOf.has(label)) return conceptOf.get(label);
  const normal = normalOf(label);
  // A hint in brackets after the name: "Allowed Return URLs (one per line)", "(optional, one per line)" (HINT).
  const concept =
    FIELD_BY_TEXT.get(normal) ?? (normal.endsWith(')') ? FIELD_BY_TEXT.get(normal.replace(HINT, '')) : undefined);
  if (conceptOf.size > 2000) conceptOf.clear();
  conceptOf.set(label, concept);
  return concept;
}

// Saved addresses are never named by the singular ("Allowed origin: https://…" in a dialog asking whether to remove
// that one: review 20).
const ONE_ENTRY = new Set([...ONE_ORIGIN, ...ONE_RETURN_URL]);
export const namesOneEntry = (label: string) => ONE_ENTRY.has(normalOf(label));
// A link of that name leads to an application's own page (a list of applications): no reveal on this one (review 20).
export const namesShowClientId = (text: string) => normalOf(text) === 'show client id';

// The Amazon Pay views of the drop-down: "Amazon Pay (Sandbox View) - EUR", "Amazon Pay (Environnement test) - EUR".
const AMAZON_PAY_VIEW = /^amazon pay ?\(/;
const SANDBOX_VIEW = /sandbox|test|テスト|prueba/;

// A Save is a button whose text holds its language's Save word and names no other action (domain-facts: Labels by
// language). Beyond the table's exact texts, only the Save word followed by where the form goes next: "Save and
// continue", "Guardar y continuar", "Speichern und weiter", "保存して次へ", "Save & close" — never "Save as PDF",
// "Enregistrer sous", "Quitter sans enregistrer", "Save preferences", "Save on shipping" (review 19).
const SAVE_WORDS = ['save', 'enregistrer', 'speichern', 'salva', 'guardar'];
const SAVE_AND_GO_ON = new RegExp(
  `^(?:${SAVE_WORDS.join('|')}) ?(?:and|&|\\+|et|und|e|y)? ?(?:continue|continuer|continuar|continua|weiter|fortfahren|next|suivant|siguiente|avanti|close|fermer|schlie(?:ß|ss)en|cerrar|chiudi|exit|quitter|beenden|salir|esci)$|^保存して(?:次へ|続行|続ける|閉じる|終了)$`,
);

// Asked first, of every button's text the table does not know: the expression runs only on texts that start with a
// Save word, where it stays small (run on every text, V8 compiled it to machine code: +50 KB of heap per page, bench).
const mayGoOn = (label: string) =>
  SAVE_WORDS.includes(label.split(' ', 1)[0] as string) || label.startsWith('保存して');

// A reveal that names the secret in its own words: "Afficher l'identifiant client et le secret du client", "Client-ID
// und Client Secret anzeigen" (domain-facts has only the Show word in these languages, the English wording whole):
// the Show word (not "nicht anzeigen", not 非表示: hide) and the IDs' names, nothing else but "and", articles and
// particles. "Show me how to rotate your client secret" (a help link) says more.
const SHOW_WORD = /^(?:show|afficher|mostra|mostrar) |(?<!nicht) anzeigen$|(?<!非)表示(?:する)?$/;
const REVEAL_FILLER = /\b(?:and|et|und|e|y|le|la|les|du|de|del|il|el|l)\b|[とを,&+/']/g;
const REVEALED = [...LABELS.clientSecret, ...LABELS.clientId];
const namesReveal = (label: string) =>
  SHOW_WORD.test(label) &&
  LABELS.clientSecret.some((secret) => label.includes(secret)) &&
  !REVEALED.reduce((rest, name) => rest.replaceAll(name, ' '), label.replace(SHOW_WORD, ' '))
    .replace(REVEAL_FILLER, ' ')
    .trim();

/** The action a button's or link's text names, or undefined. A lone "+" is the section toggle of Web Settings. */
export function actionConcept(text: string): ActionConcept | undefined {
  if (text.length > 200) return undefined;
  if (actionOf.has(text)) return actionOf.get(text);
  const label = normalOf(text);
  const trimmed = text.trim();
  const concept = AMAZON_PAY_VIEW.test(label)
    ? 'viewAmazonPay'
    : trimmed === '+' || trimmed === '−' || trimmed === '-'
      ? 'toggle'
      : (ACTION_BY_TEXT.get(label) ??
        (mayGoOn(label) && SAVE_AND_GO_ON.test(label)
          ? 'save'
          : namesReveal(label)
            ? 'showSecret'
            : ADD_ENTRY.test(label)
              ? 'addAnother'
              : undefined));
  // Texts that come back: a button's label, not "Order 123-4567" or a sentence.
  if (text.length <= 60 && !/\d/.test(text)) {
    if (actionOf.size > 2000) actionOf.clear();
    actionOf.set(text, concept);
  }
  return concept;
}

/** What a button or link is for: an action, or the Web Settings (a toggle when it says it expands, else a link). */
export type ControlConcept = ActionConcept | 'webSettingsToggle' | 'webSettingsLink';

/** A control's concept from its name and its aria-expanded. */
export function controlConcept(text: string, expanded: boolean | null): ControlConcept | undefined {
  const concept = actionConcept(text);
  if (concept) return concept;
  if (fieldConcept(text) === 'webSettings') return expanded === null ? 'webSettingsLink' : 'webSettingsToggle';
  return undefined;
}

// "For example", "e.g.", "such as" in the consoles' languages (the hint beside a list, a help panel's sentence), with
// their short forms: "p. ex.", "ex. :", "bspw.", "p. ej.", "ad es.". Japanese 例 only as "for example" (例：, 例えば,
// 入力例, （例）), not inside 例外 ("exception"). A word, not part of a host name: "www.example-shop.com" is a shop.
const EXAMPLE =
  /(?<![\w.-])(?:example|e\.g\.|such as|exemple|p\. ?ex\.|ex\. ?:|beispiel|z\. ?b\.|bspw\.|ejemplo|p\. ?ej\.|esempio|ad es\.)(?![\w-]*\.[a-z])|例(?:[:：）)]|えば)|(?:記入|設定|入力)例|[（(]例(?!外)/i;
// The same word right before what it introduces, a word after it at most ("Examples: ", "Example URL: ",
// "Beispiel-URL: ", "z. B. ", "例："), the text's end being an address.
const EXAMPLE_BEFORE = new RegExp(`(?:${EXAMPLE.source})[\\w-]*(?: \\w+)?\\s*[:：,]?\\s*$`, 'i');

/** Whether a text (its addresses taken out) says that what it gives is an example. */
export const namesAnExample = (text: string) => EXAMPLE.test(text);
/** Whether a text ends by introducing an example: the address after it is one. */
export const introducesExample = (text: string) => EXAMPLE_BEFORE.test(text);

/** For an Amazon Pay view entry: is it the sandbox one? */
export const isSandboxView = (text: string) => SANDBOX_VIEW.test(normalizeLabel(text));
