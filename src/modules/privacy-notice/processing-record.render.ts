import type { NoticeLanguage, TenantFile } from '../../tenants/tenant-file';
import { organisation, person, renderNotice } from './privacy-notice.render';

// The records of processing activities (GDPR Art. 30), rendered from the same tenant file as the notice:
// the controller's record (30(1)) for every register, and the processor's record (30(2)) where the
// register has a processor (Eduro in rovaniemi-guidance, on the City of Rovaniemi's behalf).

export type RecordKind = 'controller' | 'processor';

export interface RecordItem {
  /** The point of Art. 30(1) or 30(2), e.g. "30(1)(a)". */
  article: string;
  label: string;
  values: string[];
}

export interface RenderedRecord {
  tenant: string;
  kind: RecordKind;
  language: NoticeLanguage;
  keptBy: string;
  items: RecordItem[];
}

type L = Record<NoticeLanguage, string>;

// Art. 30(1)(c): the notices name the data, not the data subjects; the register kind says who they are.
const DATA_SUBJECTS: Record<TenantFile['register']['kind'], L> = {
  'card-training': {
    fi: 'Koulutuksiin ilmoittautuneet ja osallistuneet henkilöt sekä heidän työnantajiensa yhteyshenkilöt',
    en: "People who enrol in and attend trainings, and their employers' contact persons",
  },
  guidance: {
    fi: 'Työelämäosallisuuden, työhönkuntoutuksen ja työhönvalmennuksen asiakkaat',
    en: 'Clients of work-life participation, vocational rehabilitation and job coaching',
  },
};

const LABELS = {
  names: { fi: 'Rekisterinpitäjä ja tietosuojavastaava', en: 'Controller and data protection officer' },
  purposes: { fi: 'Käsittelyn tarkoitukset', en: 'Purposes of the processing' },
  subjects: { fi: 'Rekisteröityjen ryhmät', en: 'Categories of data subjects' },
  data: { fi: 'Henkilötietojen ryhmät', en: 'Categories of personal data' },
  recipients: { fi: 'Vastaanottajien ryhmät', en: 'Categories of recipients' },
  transfers: { fi: 'Siirrot kolmansiin maihin ja suojatoimet', en: 'Transfers to third countries and safeguards' },
  erasure: { fi: 'Poistamisen määräajat', en: 'Time limits for erasure' },
  security: { fi: 'Tekniset ja organisatoriset turvatoimet', en: 'Technical and organisational security measures' },
  processor: {
    fi: 'Käsittelijä, sen tietosuojavastaava ja rekisterinpitäjä, jonka lukuun se toimii',
    en: 'The processor, its data protection officer, and the controller on whose behalf it acts',
  },
  processing: {
    fi: 'Rekisterinpitäjän lukuun suoritettavan käsittelyn ryhmät',
    en: 'Categories of processing carried out on behalf of the controller',
  },
  conditions: { fi: 'Edellytykset', en: 'Conditions' },
} as const satisfies Record<string, L>;

/** The controller's record (Art. 30(1)). */
export function controllerRecord(file: TenantFile, lang: NoticeLanguage): RenderedRecord {
  const notice = renderNotice(file, lang);
  const section = (key: string) => notice.sections.find((s) => s.key === key)!.paragraphs;
  const controllerDpos = file.dataProtectionOfficers.filter((p) => p.organisation === file.controller.businessId);
  return {
    tenant: file.slug,
    kind: 'controller',
    language: lang,
    keptBy: file.controller.name,
    items: [
      item('30(1)(a)', LABELS.names, lang, [organisation(file.controller, lang), ...controllerDpos.map(person)]),
      item('30(1)(b)', LABELS.purposes, lang, section('purposes')),
      item('30(1)(c)', LABELS.subjects, lang, [DATA_SUBJECTS[file.register.kind][lang]]),
      item('30(1)(c)', LABELS.data, lang, section('dataCategories')),
      item('30(1)(d)', LABELS.recipients, lang, section('disclosures')),
      item('30(1)(e)', LABELS.transfers, lang, transfers(file, lang)),
      item('30(1)(f)', LABELS.erasure, lang, section('retention')),
      item('30(1)(g)', LABELS.security, lang, section('security')),
    ],
  };
}

/** The processor's record (Art. 30(2)), or null when the register has no processor. */
export function processorRecord(file: TenantFile, lang: NoticeLanguage): RenderedRecord | null {
  const processor = file.processor;
  if (!processor) return null;
  const notice = renderNotice(file, lang);
  const section = (key: string) => notice.sections.find((s) => s.key === key)!.paragraphs;
  const processorDpos = file.dataProtectionOfficers.filter((p) => p.organisation === processor.businessId);
  return {
    tenant: file.slug,
    kind: 'processor',
    language: lang,
    keptBy: processor.name,
    items: [
      item('30(2)(a)', LABELS.processor, lang, [
        organisation(processor, lang),
        ...processorDpos.map(person),
        organisation(file.controller, lang),
        ...file.subProcessors.map((s) => `${s.name}: ${s.role[lang]}`),
      ]),
      item('30(2)(b)', LABELS.processing, lang, [file.register.description[lang], ...section('purposes')]),
      item('30(2)(c)', LABELS.transfers, lang, transfers(file, lang)),
      item('30(2)(d)', LABELS.security, lang, section('security')),
    ],
  };
}

function transfers(file: TenantFile, lang: NoticeLanguage): string[] {
  const { policy, requires } = file.thirdCountryTransfers;
  return [policy[lang], ...(requires.length > 0 ? [`${LABELS.conditions[lang]}: ${requires.join(', ')}`] : [])];
}

function item(article: string, label: L, lang: NoticeLanguage, values: string[]): RecordItem {
  return { article, label: label[lang], values };
}
