// Labels of Amazon's consoles → concepts, in every language the consoles speak (domain-facts: Labels by language), and
// with every decoration a label carries there ("How labels appear": " :" / ":", "*", a "?" help link,
// "(optional)" / "(Facultatif)", upper or lower case). The fixture catalogue's labels are checked too, so a label a
// fixture shows cannot go unrecognised without a test failing here first.
import { describe, expect, test } from 'vitest';
import {
  type ActionConcept,
  actionConcept,
  actionLabelTexts,
  type FieldConcept,
  fieldConcept,
  fieldLabelTexts,
  isSandboxView,
  LABEL_WORDS,
  mentionsFieldLabel,
  mentionsLabelWord,
  normalizeLabel,
} from '../../src/console/labels';
import { type FixtureLabelKey, fixturePages } from '../fixtures/pages';

// concept → lang → label as the console writes it (domain-facts table; "(inferred)" entries included).
const FIELDS: Record<FieldConcept, Record<string, string[]>> = {
  allowedOrigin: {
    en: ['Allowed JavaScript Origins', 'Allowed Origins'],
    fr: ['Origines JavaScript autorisées'],
    de: ['Zulässige JavaScript-Ursprünge'],
    it: ['Origini JavaScript consentite'],
    es: ['Orígenes JavaScript permitidos'],
    ja: ['許可されたJavaScriptオリジン', '許可されたオリジン'],
  },
  allowedReturnUrl: {
    en: ['Allowed Return URLs'],
    fr: ['URL de renvoi autorisées'],
    de: ['Zulässige Rückleitungs-URLs'],
    it: ['URL restituiti consentiti'],
    es: ['URL retorno permitidas'],
    ja: ['許可された返信URL'],
  },
  clientId: {
    en: ['Client ID', 'Store ID', 'Client ID/Store ID'],
    fr: ['Identifiant client', 'ID Store'],
    de: ['Client-ID', 'Store-ID', 'Client-ID / Store-ID'],
    it: ['ID cliente'],
    es: ['Identificador del cliente'],
    ja: ['クライアントID'],
  },
  clientSecret: {
    en: ['Client Secret'],
    fr: ['Secret du client'],
    de: ['Client Secret'],
    it: ['Chiave segreta cliente'],
    es: ['Secreto del cliente'],
    ja: ['クライアントシークレット'],
  },
  appId: {
    en: ['App ID', 'Application ID', 'Security Profile ID'],
    fr: ["ID d'application", 'ID d’application'],
    de: ['Anwendungs-ID'],
    it: ['ID applicazione'],
    es: ['ID de aplicación'],
    ja: ['セキュリティプロファイルID'],
  },
  webSettings: {
    en: ['Web Settings'],
    fr: ['Paramètres Web'],
    de: ['Webeinstellungen'],
    it: ['Impostazioni Web'],
    es: ['Configuración web'],
    ja: ['ウェブ設定'],
  },
  privacyUrl: {
    en: ['Privacy Notice URL', 'Consent Privacy Notice URL'],
    fr: ['URL de politique de confidentialité'],
    de: ['URL zur Datenschutzrichtlinie'],
    it: ["URL dell'informativa sulla privacy"],
    es: ['URL de la política de privacidad'],
    ja: ['プライバシー規約同意書URL'],
  },
  appName: {
    en: ['Name', 'Application name', 'Security Profile Name', 'Application or store name'],
    fr: ['Nom'],
    de: ['Name', 'Anwendungs- oder Shopname'],
    it: ['Nome'],
    es: ['Nombre'],
    ja: ['セキュリティプロファイル名'],
  },
  appDescription: {
    en: ['Description', 'Security Profile Description'],
    fr: ['Description'],
    de: ['Beschreibung'],
    it: ['Descrizione'],
    es: ['Descripción'],
    ja: ['説明'],
  },
  logo: {
    en: ['Logo Image', 'Consent Logo Image'],
    fr: ['Image du logo'],
    de: ['Logo'],
    it: ['Logo'],
    es: ['Logotipo'],
    ja: ['同意のロゴ画像'],
  },
};

const ACTIONS: Partial<Record<ActionConcept, Record<string, string[]>>> = {
  register: {
    en: ['Register new application', 'Create new client ID/store ID', 'Create a New Security Profile'],
    fr: ['Enregistrer une nouvelle application'],
    de: ['Neue Client-ID/Store-ID erstellen'],
    ja: ['セキュリティプロファイルを新規作成'],
  },
  save: {
    en: ['Save', 'Save changes'],
    fr: ['Enregistrer'],
    de: ['Speichern', 'Änderungen speichern'],
    it: ['Salva'],
    es: ['Guardar'],
    ja: ['保存'],
  },
  edit: {
    en: ['Edit'],
    fr: ['Modifier'],
    de: ['Bearbeiten'],
    it: ['Modifica'],
    es: ['Editar'],
    ja: ['編集'],
  },
  addAnother: {
    en: ['Add Another', '+ Add another'],
    fr: ['Ajouter'],
    de: ['Weitere hinzufügen'],
    it: ['Aggiungi'],
    es: ['Añadir'],
    ja: ['追加'],
  },
  showSecret: {
    en: ['Show Client ID and Client Secret', 'Show Secret'],
    fr: ['Afficher'],
    de: ['Anzeigen'],
    it: ['Mostra'],
    es: ['Mostrar'],
    ja: ['表示', 'シークレットを表示', 'クライアントIDとクライアントシークレットを表示'],
  },
  viewLwa: {
    en: ['Login with Amazon'],
    fr: ['Connectez-vous avec Amazon'],
    de: ['Login mit Amazon'],
    it: ['Accedi con Amazon'],
    es: ['Iniciar sesión con Amazon'],
    ja: ['Amazonでログイン'],
  },
};

/** The ways a console decorates a label (domain-facts: "How labels appear"). */
const decorations = (label: string): string[] => [
  label,
  `${label}:`,
  `${label} :`,
  `${label}\u00a0:`,
  `${label}：`,
  `${label} *`,
  `${label}*:`,
  `${label} * : ?`,
  `${label} ?`,
  `  ${label}\n\t`,
  `${label} (optional)`,
  `${label} (Facultatif) :`,
  label.toUpperCase(),
  label.toLowerCase(),
];

const rows = <C extends string>(table: Partial<Record<C, Record<string, string[]>>>) =>
  Object.entries(table).flatMap(([concept, byLang]) =>
    Object.entries(byLang as Record<string, string[]>).flatMap(([lang, labels]) =>
      labels.map((label) => ({ concept: concept as C, lang, label })),
    ),
  );

describe('normalizeLabel', () => {
  test.each([
    ['Client ID:', 'client id'],
    ['Identifiant client :', 'identifiant client'],
    ['Identifiant\u00a0client\u00a0:', 'identifiant client'],
    ['Paramètres Web', 'parametres web'],
    ['ZULÄSSIGE RÜCKLEITUNGS-URLS', 'zulassige ruckleitungs-urls'],
    ['Name*', 'name'],
    ['Nom * : ?', 'nom'],
    ['Image du logo (Facultatif) :', 'image du logo'],
    ['Logo Image (optional)', 'logo image'],
    ['Beschreibung*:', 'beschreibung'],
    ['ID d’application :', "id d'application"],
    ['Client-ID / Store-ID:', 'client-id/store-id'],
    ['  Allowed\n   Return URLs  ', 'allowed return urls'],
    ['クライアントID：', 'クライアントid'],
    ['\u200bWeb Settings', 'web settings'],
  ])('%j → %j', (label, normal) => {
    expect(normalizeLabel(label)).toBe(normal);
  });

  // labels.ts looks texts up in its tables without normalising the tables at every page load.
  test('every table entry is written normalised', () => {
    const texts = [...fieldLabelTexts(), ...actionLabelTexts()];
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => normalizeLabel(text) !== text)).toEqual([]);
  });

  test('keeps words that are part of the label', () => {
    expect(normalizeLabel('Security Profile Name')).toBe('security profile name');
    expect(normalizeLabel('Anwendungs- oder Shopname')).toBe('anwendungs- oder shopname');
  });
});

describe('fieldConcept, every language, every decoration', () => {
  test('"- optional" after a list name, with a colon or a star after it, in English and Japanese', () => {
    expect(fieldConcept('Allowed Origins - optional:')).toBe('allowedOrigin');
    expect(fieldConcept('Allowed Return URLs – optional *')).toBe('allowedReturnUrl');
    expect(fieldConcept('許可された JavaScript オリジン - 任意')).toBe('allowedOrigin');
  });

  test.each(rows(FIELDS))('$lang $concept: "$label"', ({ concept, label }) => {
    for (const decorated of decorations(label)) expect(fieldConcept(decorated), decorated).toBe(concept);
  });

  test.each([
    'Client',
    'Secret',
    'Security Profile',
    'Allowed',
    'No applications registered.',
    'Origines JavaScript autorisées dans la console Google Cloud',
    'Register new application',
    'Merchant ID',
    'Public Key ID',
    '',
  ])('"%s" names no field', (label) => {
    expect(fieldConcept(label)).toBeUndefined();
  });

  test('a hint in brackets or a count set apart after a list name (sweeps 8 and 9); a bare number is an entry’s', () => {
    expect(fieldConcept('Allowed Return URLs (one per line)')).toBe('allowedReturnUrl');
    expect(fieldConcept('Origines JavaScript autorisées (facultatif, une par ligne)')).toBe('allowedOrigin');
    expect(fieldConcept('Allowed Origins · 2')).toBe('allowedOrigin');
    expect(fieldConcept('Zulässige Rückleitungs-URLs | 10')).toBe('allowedReturnUrl');
    expect(fieldConcept('Allowed Origins 2')).toBeUndefined();
    // Review 19: brackets that change what the label names.
    for (const label of [
      'Allowed Origins (example)',
      'Allowed Return URLs (deprecated)',
      'Allowed Return URLs (legacy, do not use)',
      'Name (Ansprechpartner)',
      'Origines JavaScript autorisées (modèle)',
    ])
      expect(fieldConcept(label), label).toBeUndefined();
  });
});

describe('actionConcept, every language', () => {
  test('a reveal is the Show word with the IDs’ names only: not "hide", not a sentence about the secret', () => {
    for (const reveal of [
      'Show client secret',
      "Afficher l'identifiant client et le secret du client",
      'Client-ID und Client Secret anzeigen',
      'Mostrar identificador del cliente y secreto del cliente',
      'Mostra ID cliente e chiave segreta cliente',
    ])
      expect(actionConcept(reveal), reveal).toBe('showSecret');
    for (const other of [
      'クライアントシークレットを非表示',
      'Client Secret nicht anzeigen',
      'Show me how to rotate your client secret',
      'Mostrar cómo cambiar el secreto del cliente',
    ])
      expect(actionConcept(other), other).toBeUndefined();
  });

  test.each(rows(ACTIONS))('$lang $concept: "$label"', ({ concept, label }) => {
    for (const decorated of [label, label.toUpperCase(), ` ${label} `]) {
      expect(actionConcept(decorated), decorated).toBe(concept);
    }
  });

  test('a Save button names no other action: "Register new application" is not Save (domain-facts)', () => {
    expect(actionConcept('Enregistrer une nouvelle application')).toBe('register');
    expect(actionConcept('Enregistrer')).toBe('save');
    expect(actionConcept('Änderungen speichern')).toBe('save');
    expect(actionConcept('Save and continue later')).toBeUndefined();
    // The Save word with no other action: a wizard's step (sweep 8); not a draft, a refusal, a state.
    for (const text of [
      'Save and continue',
      'Guardar y continuar',
      'Salva e continua',
      'Speichern und weiter',
      'Speichern und schließen',
      'Enregistrer et continuer',
      'Save & close',
      '保存して次へ',
    ])
      expect(actionConcept(text), text).toBe('save');
    // Review 19: leaving without saving, saving something else, or elsewhere.
    for (const text of [
      'Quitter sans enregistrer',
      'Ohne Speichern schließen',
      'Salir sin guardar',
      '保存しないで戻る',
      '保存せずに閉じる',
      'Salva come PDF',
      'Enregistrer sous',
      'Guardar como plantilla',
      'Save & add another',
      'Save to clipboard',
      'Save preferences',
      'Save on shipping with Amazon',
      'Enregistrer une application',
      'Ne pas enregistrer',
      'Save as draft',
      'Als Entwurf speichern',
      'Guardar más tarde',
      '保存済み',
      'Cancel',
    ])
      expect(actionConcept(text), text).toBeUndefined();
  });

  test('a lone "+" (or "−") is the section toggle', () => {
    for (const text of ['+', ' + ', '−', '-']) expect(actionConcept(text)).toBe('toggle');
    expect(actionConcept('+ Add another')).toBe('addAnother');
  });

  test.each([
    ['Amazon Pay (Sandbox View) - EUR', true],
    ['Amazon Pay (Environnement test) - EUR', true],
    ['Amazon Pay (Production View) - EUR', false],
    ['Amazon Pay (Vue en production) - EUR', false],
  ])('the Amazon Pay view "%s" is a view entry; sandbox: %s', (text, sandbox) => {
    expect(actionConcept(text)).toBe('viewAmazonPay');
    expect(isSandboxView(text)).toBe(sandbox);
  });

  test.each(['Cancel', 'Annuler', 'Abbrechen', 'Copy', 'Copier', 'Kopieren', 'Learn more', 'Hide Secret'])(
    '"%s" is no step action',
    (text) => {
      expect(actionConcept(text)).toBeUndefined();
    },
  );
});

// Every label a fixture page shows, by the catalogue's key, must read as its concept.
const FIELD_OF_KEY: Partial<Record<FixtureLabelKey, FieldConcept>> = {
  appName: 'appName',
  appDescription: 'appDescription',
  privacyUrl: 'privacyUrl',
  logo: 'logo',
  appId: 'appId',
  clientId: 'clientId',
  clientSecret: 'clientSecret',
  webSettings: 'webSettings',
  allowedOrigins: 'allowedOrigin',
  allowedReturnUrls: 'allowedReturnUrl',
};
const ACTION_OF_KEY: Partial<Record<FixtureLabelKey, ActionConcept>> = {
  viewSandbox: 'viewAmazonPay',
  viewProduction: 'viewAmazonPay',
  viewLoginWithAmazon: 'viewLwa',
  registerApp: 'register',
  createClientId: 'register',
  createSecurityProfile: 'register',
  showCredentials: 'showSecret',
  showSecret: 'showSecret',
  webSettingsToggle: 'toggle',
  addAnother: 'addAnother',
  edit: 'edit',
  save: 'save',
};
const catalogue = fixturePages.flatMap((page) =>
  Object.entries(page.labels ?? {}).map(([key, label]) => ({
    file: page.file,
    key: key as FixtureLabelKey,
    label: label as string,
  })),
);

describe('the labels of every fixture page', () => {
  test.each(catalogue.filter(({ key }) => FIELD_OF_KEY[key]))('$file $key "$label"', ({ key, label }) => {
    expect(fieldConcept(label)).toBe(FIELD_OF_KEY[key]);
  });
  test.each(catalogue.filter(({ key }) => ACTION_OF_KEY[key]))('$file $key "$label"', ({ key, label }) => {
    expect(actionConcept(label)).toBe(ACTION_OF_KEY[key]);
  });
  test.each(catalogue.filter(({ key }) => key === 'cancel' || key === 'copy'))(
    '$file $key "$label" is no step action',
    ({ label }) => {
      expect(actionConcept(label)).toBeUndefined();
    },
  );
});

describe('mentionsFieldLabel: a label anywhere in a longer text', () => {
  // The observer asks this of a re-rendered container's whole text; its quick test (one word of each label, folded)
  // must never say no where the whole normalised text holds a label.
  test.each(rows(FIELDS))('$lang $concept: "$label"', ({ label }) => {
    for (const decorated of [...decorations(label), label.normalize('NFD'), label.replace(/ /g, '\u200b ')]) {
      expect(mentionsFieldLabel(`Order 1123-4 +12.30 ${decorated} —`), decorated).toBe(true);
    }
  });
  test.each(catalogue.filter(({ key }) => FIELD_OF_KEY[key]))('$file $key "$label"', ({ label }) => {
    expect(mentionsFieldLabel(`<${label}>`)).toBe(true);
  });
  test.each([
    'Order 11234-5 +12.34 Order 11235-6 −3.10',
    'No applications registered.',
    'Client',
    'Merchant ID 1234 — Public Key ID',
    '',
  ])('"%s" mentions none', (text) => {
    expect(mentionsFieldLabel(text)).toBe(false);
  });
  // collect() walks up only from a text that holds a piece of a label: however the console splits a label into texts
  // (at a space, a slash or a hyphen, or where Latin letters meet another script: "許可された返信<span>URL</span>"), one
  // of them must pass, and so must one side of any split in two.
  const SPLIT =
    /(?=[\s/-])|(?<=[\s/-])|(?<=[\p{Script=Latin}0-9])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])(?=[\p{Script=Latin}0-9])/u;
  test.each(rows(FIELDS))('$lang $concept: "$label" split into texts', ({ label }) => {
    for (const decorated of [...decorations(label), label.normalize('NFD'), label.toUpperCase()]) {
      const parts = decorated.split(SPLIT);
      expect(parts.some(mentionsLabelWord), parts.join(' | ')).toBe(true);
      for (let at = 1; at < parts.length; at++) {
        const [before, after] = [parts.slice(0, at).join(''), parts.slice(at).join('')];
        expect(mentionsLabelWord(before) || mentionsLabelWord(after), `${before} | ${after}`).toBe(true);
      }
    }
  });
  test("a ticker's text is turned away by the quick test, before the whole text is normalised", () => {
    expect(LABEL_WORDS.source.split('|').filter((word) => word.length < 2)).toEqual([]);
    expect(LABEL_WORDS.test('Order 11234-5 +12.34 Order 11235-6 −3.10 up down')).toBe(false);
  });
});

describe('what the fast paths rely on', () => {
  test('no field label has a digit in it (text with digits is skipped before normalising)', () => {
    const withDigits = fieldLabelTexts().filter((text) => /\d/.test(text));
    expect(withDigits).toEqual([]);
    expect(fieldLabelTexts().length).toBeGreaterThan(50);
  });
});
