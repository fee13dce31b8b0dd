/**
 * The requirement profile of the profession: for each competency, the level (0–100) a client
 * relationship manager needs and how much it weighs in the profile fit.
 *
 * The professiogram gives no numbers. Levels and weights are our reading of its description of
 * duties, and each rationale names the duty it rests on, so a methodologist can argue with it.
 * Weights: 3 = core to the daily work, 2 = important, 1 = supporting.
 */
import type { Localized } from '../text';
import type { CompetencyId } from './competencies';

export type RequirementWeight = 1 | 2 | 3;

export interface Requirement {
  /** The level the profession needs, on the same 0–100 scale as a trainee's score. */
  level: number;
  weight: RequirementWeight;
  rationale: Localized;
}

export const REQUIREMENTS: Readonly<Record<CompetencyId, Requirement>> = {
  'k.law': {
    level: 55,
    weight: 2,
    rationale: {
      ru: 'Менеджер заключает договоры и обеспечивает соблюдение интересов клиентов при их выполнении; ведёт базу данных о клиентах.',
      en: "The manager concludes contracts, makes sure clients' interests are respected when they are carried out, and keeps a client database.",
    },
  },
  'k.marketing': {
    level: 60,
    weight: 2,
    rationale: {
      ru: 'Должность вводится, чтобы воплощать программы маркетинга «один-на-один», цель которого — удерживать клиентов.',
      en: 'The post exists to put one-to-one marketing programmes into practice, whose aim is to keep clients.',
    },
  },
  'k.administration': {
    level: 45,
    weight: 1,
    rationale: {
      ru: 'Нужна, чтобы добиваться выполнения условий договоров подразделениями предприятия и вносить руководству предложения.',
      en: "Needed to get the company's departments to meet contract terms and to make proposals to management.",
    },
  },
  'k.psychology': {
    level: 75,
    weight: 3,
    rationale: {
      ru: 'Менеджер устанавливает причины неудовлетворённости клиента, анализирует претензии и принимает меры по сохранению деловых связей.',
      en: 'The manager finds out why a client is dissatisfied, analyses complaints and takes steps to keep the business relationship.',
    },
  },
  'k.etiquette': {
    level: 70,
    weight: 2,
    rationale: {
      ru: 'Переговоры с клиентами и диалог по телефону, e-mail, в чате и по почте — повседневная работа.',
      en: 'Negotiations with clients and dialogue by phone, e-mail, chat and post are everyday work.',
    },
  },
  'k.contracts': {
    level: 65,
    weight: 2,
    rationale: {
      ru: 'Менеджер заключает договоры, разрабатывает особые условия для выгодных клиентов и готовит предложения для конкретных клиентов.',
      en: 'The manager concludes contracts, works out special terms for the most profitable clients and prepares proposals for particular clients.',
    },
  },
  'k.infoMethods': {
    level: 55,
    weight: 2,
    rationale: {
      ru: 'Формирование и ведение банка данных о клиентах, мониторинг дел клиентов и дистрибьюторов.',
      en: "Building and keeping the client database; monitoring clients' and distributors' affairs.",
    },
  },
  'k.industry': {
    level: 65,
    weight: 2,
    rationale: {
      ru: 'Чтобы выявлять потребности клиентов, изучать их требования к товарам и готовить предложения, нужно знать, чем занимается предприятие.',
      en: "To identify client needs, study their requirements for the goods and prepare proposals, one must know the company's business.",
    },
  },
  's.research': {
    level: 50,
    weight: 1,
    rationale: {
      ru: 'Анализ аудитории потенциальных клиентов и политики конкурентов — регулярная, но не главная часть работы.',
      en: "Analysing the audience of potential clients and competitors' policies is regular but not the main part of the work.",
    },
  },
  's.pr': {
    level: 35,
    weight: 1,
    rationale: {
      ru: 'Менеджер координирует мероприятия по привлечению клиентов, но в перечне обязанностей это вспомогательная задача, в отличие от переговоров.',
      en: 'The manager coordinates events to attract clients, but among the duties this is a supporting task, unlike negotiation.',
    },
  },
  's.computer': {
    level: 50,
    weight: 1,
    rationale: {
      ru: 'Нужен для ведения клиентской базы и подготовки адресных баз для рассылок.',
      en: 'Needed to keep the client base and to prepare address lists for mailings.',
    },
  },
  's.infoProcessing': {
    level: 60,
    weight: 2,
    rationale: {
      ru: 'Определение перспективных и убыточных контактов и обязательные отчёты о результатах и пожеланиях клиентов.',
      en: "Identifying promising and unprofitable contacts, and the mandatory reports on results and clients' wishes.",
    },
  },
  's.negotiation': {
    level: 80,
    weight: 3,
    rationale: {
      ru: 'Ведение переговоров и предварительные переговоры с заинтересовавшимися клиентами — первые в перечне функций.',
      en: 'Negotiating, and holding preliminary negotiations with interested clients, come first among the duties.',
    },
  },
  'q.analytical': {
    level: 65,
    weight: 2,
    rationale: {
      ru: 'Мониторинг состояния дел клиентов и определение перспективных и убыточных контактов.',
      en: "Monitoring clients' affairs and telling promising contacts from unprofitable ones.",
    },
  },
  'q.memory': {
    level: 60,
    weight: 2,
    rationale: {
      ru: 'Персонифицированные отношения требуют помнить особенности каждого клиента и сотрудника, с которым идёт взаимодействие.',
      en: 'Personalised relationships require remembering the particulars of each client and of the person one deals with.',
    },
  },
  'q.attention': {
    level: 60,
    weight: 2,
    rationale: {
      ru: 'Много клиентов, несколько каналов связи и контроль выполнения условий договоров.',
      en: 'Many clients, several channels of contact, and checking that contract terms are met.',
    },
  },
  'q.sociability': {
    level: 75,
    weight: 3,
    rationale: {
      ru: 'Поддержание постоянной связи с клиентами и налаживание новых деловых контактов — суть профессии.',
      en: 'Keeping in constant touch with clients and making new business contacts is the core of the profession.',
    },
  },
  'q.composure': {
    level: 65,
    weight: 2,
    rationale: {
      ru: 'Претензии и недовольство клиентов нужно разбирать ровно, сохраняя деловые связи.',
      en: "Clients' complaints and dissatisfaction must be handled evenly, keeping the business relationship intact.",
    },
  },
  'q.stress': {
    level: 75,
    weight: 3,
    rationale: {
      ru: 'Работа с претензиями при жёсткой конкуренции и большом количестве клиентов.',
      en: 'Handling complaints amid tough competition and a large number of clients.',
    },
  },
  'q.responsibility': {
    level: 75,
    weight: 3,
    rationale: {
      ru: 'Менеджер обеспечивает надлежащее обслуживание и соблюдение интересов клиентов при выполнении договоров.',
      en: "The manager is answerable for proper service and for clients' interests being respected when contracts are carried out.",
    },
  },
  'q.purpose': {
    level: 65,
    weight: 2,
    rationale: {
      ru: 'Расширение деловых связей и привлечение новых клиентов, в том числе клиентов конкурентов.',
      en: "Widening business connections and attracting new clients, including competitors' clients.",
    },
  },
  'q.politeness': {
    level: 85,
    weight: 3,
    rationale: {
      ru: 'Вежливость — условие любого контакта с клиентом: обслуживание, переговоры, работа с претензиями.',
      en: 'Politeness is a condition of every contact with a client: service, negotiation, handling complaints.',
    },
  },
  'q.learning': {
    level: 60,
    weight: 2,
    rationale: {
      ru: 'Большой поток клиентов, особые схемы работы с ключевыми клиентами и предложения по совершенствованию работы.',
      en: 'A large flow of clients, special arrangements for key clients, and proposals to improve the work.',
    },
  },
  'q.disputes': {
    level: 70,
    weight: 3,
    rationale: {
      ru: 'Менеджер анализирует претензии, принимает меры по их удовлетворению и отстаивает интересы клиента перед подразделениями предприятия.',
      en: "The manager analyses complaints, acts to satisfy them and stands up for the client's interests with the company's departments.",
    },
  },
};

export function requirementFor(id: CompetencyId): Requirement {
  return REQUIREMENTS[id];
}
