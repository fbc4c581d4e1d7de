import type { Address, NoticeLanguage, Person, TenantFile } from '../../tenants/tenant-file';

// The privacy notice (tietosuojaseloste, GDPR 13 and 14) of one register, rendered from its tenant file in
// Finnish or English with the sections of the published notices (shared/seeds/): the notice, the Art. 30
// records and the running system share one source and cannot drift apart. Plain text here; GraphQL
// returns it as is and the HTML page escapes it.

export interface Section {
  key: SectionKey;
  heading: string;
  paragraphs: string[];
}

export interface RenderedNotice {
  tenant: string;
  language: NoticeLanguage;
  title: string;
  registerName: string;
  reviewedOn: string;
  sections: Section[];
}

type L = Record<NoticeLanguage, string>;

// In the order of the published notices; 'sources' and 'legalBases' are where GDPR 13 and 14 ask for them.
export const SECTION_HEADINGS = {
  controller: { fi: 'Rekisterinpitäjä', en: 'Controller' },
  contactPerson: { fi: 'Yhteyshenkilö rekisteriä koskevissa asioissa', en: 'Contact person for the register' },
  dataProtectionOfficers: { fi: 'Tietosuojavastaava', en: 'Data protection officer' },
  register: { fi: 'Rekisterin nimi', en: 'Name of the register' },
  purposes: { fi: 'Henkilötietojen käsittelyn tarkoitus', en: 'Purpose of processing personal data' },
  legalBases: { fi: 'Käsittelyn oikeusperuste', en: 'Legal basis of processing' },
  dataCategories: { fi: 'Rekisterin tietosisältö', en: 'Data content of the register' },
  sources: { fi: 'Säännönmukaiset tietolähteet', en: 'Regular sources of data' },
  disclosures: { fi: 'Tietojen säännönmukaiset luovutukset', en: 'Regular disclosures of data' },
  thirdCountryTransfers: {
    fi: 'Tietojen siirto kolmanteen maahan tai kansainväliselle järjestölle',
    en: 'Transfers to third countries or international organisations',
  },
  security: { fi: 'Rekisterin suojauksen periaatteet', en: 'Principles of protecting the register' },
  rights: { fi: 'Rekisteröidyn oikeudet', en: "The data subject's rights" },
  retention: { fi: 'Tietojen poistaminen ja säilytysaika', en: 'Erasure and retention of data' },
  statutes: { fi: 'Rekisterin perusteet', en: 'Grounds of the register' },
  approval: { fi: 'Tietosuojaselosteen hyväksyntä', en: 'Approval of the privacy notice' },
} as const satisfies Record<string, L>;

export type SectionKey = keyof typeof SECTION_HEADINGS;
export const SECTION_KEYS = Object.keys(SECTION_HEADINGS) as SectionKey[];

const WORDS = {
  businessId: { fi: 'Y-tunnus', en: 'Business ID' },
  processor: { fi: 'Henkilötietojen käsittelijä', en: 'Processor' },
  subProcessor: { fi: 'Alihankkija', en: 'Sub-processor' },
  consent: { fi: '(kerätään vain kirjallisella suostumuksella)', en: '(collected only with written consent)' },
  noRecipients: { fi: 'Ei säännönmukaisia luovutuksia.', en: 'No regular disclosures.' },
  noLegalBasis: {
    fi: 'Seloste ei ilmoita käsittelyn oikeusperustetta; säädökset ovat kohdassa Rekisterin perusteet.',
    en: 'The notice states no legal basis; the statutes are listed under Grounds of the register.',
  },
  noStatutes: { fi: 'Selosteessa ei luetella säädöksiä.', en: 'The notice lists no statutes.' },
  untilEvent: { fi: 'ei kiinteää säilytysaikaa', en: 'no fixed period' },
  reviewed: { fi: 'Tarkastettu', en: 'Reviewed' },
  complaint: {
    fi: 'Rekisteröidyllä on oikeus tehdä valitus tietosuojavaltuutetun toimistolle (tietosuoja.fi).',
    en: 'The data subject may lodge a complaint with the Office of the Data Protection Ombudsman (tietosuoja.fi).',
  },
} as const satisfies Record<string, L>;

// Event names of the tenant files' retention rules, in words.
const EVENTS: Record<string, L> = {
  'case-closed': { fi: 'asiakkuuden päättymisestä', en: 'from the end of the client relationship' },
  'erasure-request': { fi: 'poistopyyntöön asti', en: 'until an erasure request' },
  'opt-out': { fi: 'kieltoon asti', en: 'until the person opts out' },
  created: { fi: 'kirjaamisesta', en: 'from being recorded' },
  'financial-year-end': { fi: 'tilikauden päättymisestä', en: 'from the end of the financial year' },
};

/** The notice of one register in one language. */
export function renderNotice(file: TenantFile, lang: NoticeLanguage): RenderedNotice {
  const t = (text: L): string => text[lang];
  const content: Record<SectionKey, string[]> = {
    controller: [
      organisation(file.controller, lang),
      ...(file.processor ? [`${t(WORDS.processor)}: ${organisation(file.processor, lang)}`] : []),
      ...file.subProcessors.map((s) => `${t(WORDS.subProcessor)}: ${s.name}, ${t(s.role)}`),
    ],
    contactPerson: [person(file.contactPerson)],
    dataProtectionOfficers: file.dataProtectionOfficers.map(person),
    register: [t(file.register.name), t(file.register.description)],
    purposes: file.purposes.map(t),
    legalBases:
      file.legalBases.length > 0
        ? file.legalBases.map((b) => `${b.basis}: ${t(b.description)}`)
        : [t(WORDS.noLegalBasis)],
    dataCategories: file.dataCategories.map((c) =>
      c.consentRequired ? `${t(c.name)} ${t(WORDS.consent)}` : t(c.name),
    ),
    sources: file.sources.map(t),
    disclosures: [t(file.disclosures.policy), ...file.disclosures.regularRecipients.map(t)].concat(
      file.disclosures.regularRecipients.length === 0 ? [t(WORDS.noRecipients)] : [],
    ),
    thirdCountryTransfers: [t(file.thirdCountryTransfers.policy)],
    security: file.security.map(t),
    rights: [t(file.rightsRequests.accessRequestsTo), ...file.rightsRequests.notes.map(t), t(WORDS.complaint)],
    retention: retention(file, lang),
    statutes: file.statutes.length > 0 ? file.statutes.map(t) : [t(WORDS.noStatutes)],
    approval: [t(file.notice.approval), `${t(WORDS.reviewed)} ${file.notice.reviewedOn}`],
  };
  return {
    tenant: file.slug,
    language: lang,
    title: t(file.notice.title),
    registerName: t(file.register.name),
    reviewedOn: file.notice.reviewedOn,
    sections: SECTION_KEYS.map((key) => ({ key, heading: t(SECTION_HEADINGS[key]), paragraphs: content[key] })),
  };
}

// One paragraph per distinct basis, naming the categories it covers and their period.
function retention(file: TenantFile, lang: NoticeLanguage): string[] {
  const names = new Map(file.dataCategories.map((c) => [c.key, c.name[lang]]));
  const groups = new Map<string, string[]>();
  for (const rule of file.retention) {
    const when = `${rule.period ?? WORDS.untilEvent[lang]} ${EVENTS[rule.from]?.[lang] ?? rule.from}`;
    const key = `${when}\n${rule.basis[lang]}`;
    groups.set(key, [...(groups.get(key) ?? []), names.get(rule.category) ?? rule.category]);
  }
  return [...groups].map(([key, categories]) => {
    const [when, basis] = key.split('\n');
    return `${categories.join(', ')}: ${when}. ${basis}`;
  });
}

export function organisation(o: TenantFile['controller'], lang: NoticeLanguage): string {
  return `${o.name} (${WORDS.businessId[lang]} ${o.businessId}), ${address(o.address)}`;
}

export function person(p: Person): string {
  return [p.name, p.phone, p.email, p.address ? address(p.address) : null].filter(Boolean).join(', ');
}

const address = (a: Address): string => `${a.street}, ${a.postalCode} ${a.city}`;
