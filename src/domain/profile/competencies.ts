/**
 * The 24 competencies of the professiogram «Менеджер по работе с клиентами»
 * (../shared/seed/000_7ae47fc923c3114d.txt), one per bullet of its three lists, in the seed's order.
 *
 * Ids are stable: scenarios, stored attempts and reports refer to them. Never rename one.
 */
import type { Localized } from '../text';

export type CompetencyGroup = 'knowledge' | 'skill' | 'quality';

export const COMPETENCY_IDS = [
  // Должен знать
  'k.law',
  'k.marketing',
  'k.administration',
  'k.psychology',
  'k.etiquette',
  'k.contracts',
  'k.infoMethods',
  'k.industry',
  // Должен уметь
  's.research',
  's.pr',
  's.computer',
  's.infoProcessing',
  's.negotiation',
  // Профессионально важные качества
  'q.analytical',
  'q.memory',
  'q.attention',
  'q.sociability',
  'q.composure',
  'q.stress',
  'q.responsibility',
  'q.purpose',
  'q.politeness',
  'q.learning',
  'q.disputes',
] as const;

export type CompetencyId = (typeof COMPETENCY_IDS)[number];

export interface CompetencyName {
  id: CompetencyId;
  group: CompetencyGroup;
  /** The seed's wording, verbatim except for trailing punctuation. */
  name: Localized;
}

export const COMPETENCY_NAMES: readonly CompetencyName[] = [
  {
    id: 'k.law',
    group: 'knowledge',
    name: { ru: 'основы действующего законодательства', en: 'the fundamentals of current legislation' },
  },
  {
    id: 'k.marketing',
    group: 'knowledge',
    name: { ru: 'теорию маркетинга и менеджмента', en: 'marketing and management theory' },
  },
  {
    id: 'k.administration',
    group: 'knowledge',
    name: { ru: 'теории делового администрирования', en: 'theories of business administration' },
  },
  {
    id: 'k.psychology',
    group: 'knowledge',
    name: {
      ru: 'психологию делового общения, конфликтологию',
      en: 'the psychology of business communication, conflict studies',
    },
  },
  {
    id: 'k.etiquette',
    group: 'knowledge',
    name: {
      ru: 'правила официального этикета при проведении переговоров с клиентами',
      en: 'the rules of official etiquette in negotiations with clients',
    },
  },
  {
    id: 'k.contracts',
    group: 'knowledge',
    name: {
      ru: 'порядок разработки бизнес-планов и коммерческих соглашений, договоров',
      en: 'how business plans, commercial agreements and contracts are drawn up',
    },
  },
  {
    id: 'k.infoMethods',
    group: 'knowledge',
    name: {
      ru: 'методики обработки информации с использованием современных информационных технологий',
      en: 'methods of processing information with modern information technology',
    },
  },
  {
    id: 'k.industry',
    group: 'knowledge',
    name: { ru: 'сферу деятельности предприятия', en: "the company's field of business" },
  },
  {
    id: 's.research',
    group: 'skill',
    name: { ru: 'проводить маркетинговые исследования', en: 'conduct marketing research' },
  },
  {
    id: 's.pr',
    group: 'skill',
    name: { ru: 'организовывать и проводить PR-акции', en: 'organise and run PR campaigns' },
  },
  {
    id: 's.computer',
    group: 'skill',
    name: {
      ru: 'использовать компьютер (кроме MS Office, проектировать базы данных)',
      en: 'use a computer (beyond MS Office, design databases)',
    },
  },
  {
    id: 's.infoProcessing',
    group: 'skill',
    name: {
      ru: 'обрабатывать информации с использованием современных информационных технологий',
      en: 'process information with modern information technology',
    },
  },
  {
    id: 's.negotiation',
    group: 'skill',
    name: { ru: 'проводить деловые переговоры', en: 'conduct business negotiations' },
  },
  {
    id: 'q.analytical',
    group: 'quality',
    name: { ru: 'Развитое аналитическое мышление', en: 'Well-developed analytical thinking' },
  },
  {
    id: 'q.memory',
    group: 'quality',
    name: {
      ru: 'зрительная, логическая, долговременная и кратковременная память',
      en: 'visual, logical, long-term and short-term memory',
    },
  },
  {
    id: 'q.attention',
    group: 'quality',
    name: {
      ru: 'объем, концентрация, распределение и переключение внимания',
      en: 'span, concentration, distribution and switching of attention',
    },
  },
  {
    id: 'q.sociability',
    group: 'quality',
    name: { ru: 'коммуникабельность, личное обаяние', en: 'sociability, personal charm' },
  },
  {
    id: 'q.composure',
    group: 'quality',
    name: {
      ru: 'уравновешенность, позитивное восприятие жизни',
      en: 'composure, a positive outlook on life',
    },
  },
  { id: 'q.stress', group: 'quality', name: { ru: 'стрессоустойчивость', en: 'stress resistance' } },
  { id: 'q.responsibility', group: 'quality', name: { ru: 'ответственность', en: 'responsibility' } },
  { id: 'q.purpose', group: 'quality', name: { ru: 'целеустремленность', en: 'determination' } },
  { id: 'q.politeness', group: 'quality', name: { ru: 'вежливость', en: 'politeness' } },
  {
    id: 'q.learning',
    group: 'quality',
    name: {
      ru: 'высокая работоспособность, обучаемость, творческий подход к работе',
      en: 'high capacity for work, ability to learn, a creative approach to work',
    },
  },
  {
    id: 'q.disputes',
    group: 'quality',
    name: {
      ru: 'умение принимать решения в спорных ситуациях, работать в команде',
      en: 'the ability to make decisions in disputed situations and to work in a team',
    },
  },
];

export function isCompetencyId(value: string): value is CompetencyId {
  return (COMPETENCY_IDS as readonly string[]).includes(value);
}
