/**
 * Everything in the professiogram besides the 24 competencies, as structured text for the
 * profession page. Source: seed/professiogram.txt (a verbatim copy of the employment service's card).
 *
 * The description paragraphs and the contraindications are quoted in Russian word for word, typos
 * included, because the page presents them as the source's text; the duties are regrouped into
 * lists, so their Russian is lightly edited into list form without changing the meaning.
 */
import type { Localized } from '../text';
import type { CompetencyGroup } from './competencies';

export interface DutyGroup {
  title: Localized;
  items: readonly Localized[];
}

export interface ProfessionSource {
  name: Localized;
  /** ISO date of publication, for machines. */
  publishedOn: string;
  /** The publication date as the source prints it. */
  publishedOnText: string;
}

export const PROFESSION_TITLE: Localized = {
  ru: 'Менеджер по работе с клиентами',
  en: 'Client relationship manager',
};

export const PROFESSION_SOURCE: ProfessionSource = {
  name: {
    ru: 'Интерактивный портал службы занятости населения Кировской области, «Профессиограмма»',
    en: 'Interactive portal of the Kirov Region Employment Service, "Professiogram"',
  },
  publishedOn: '2015-04-03',
  publishedOnText: '03.04.2015',
};

export const PROFESSION_DESCRIPTION: readonly Localized[] = [
  {
    ru: 'Поставляя на рынок товары или услуги, компании стремятся к стабильности во взаимоотношениях с реально существующими клиентами, а также к налаживанию новых деловых контактов. Для того чтобы сотрудничество с заказчиком было наиболее эффективным, необходимо персонифицировать отношения с ними, т.е. учитывать особенности деятельности компании-клиента и даже личностные качества сотрудника, с которым осуществляется непосредственное взаимодействие. Далее, в условиях жесткой конкуренции, компании уделяют внимание не только качеству поставляемого продукта или услуги, но и технологии взаимодействия с заказчиками. Конечно, для поставленных задач необходимо, чтобы информация о клиентах постоянно обновлялась. Это достаточно сложный процесс, наработанная база данных по клиентам стоит очень дорого, по сути дела она представляет собой нематериальный актив компании.',
    en: "When bringing goods or services to market, companies seek stable relationships with their existing clients and try to build new business contacts. For cooperation with a customer to be as effective as possible, the relationship has to be personalised, that is, it has to take into account the particulars of the client company's business and even the personal qualities of the employee one deals with directly. Moreover, under tough competition, companies pay attention not only to the quality of the product or service they supply but also to the way they interact with customers. Of course, this requires the information about clients to be constantly updated. It is a fairly complex process; an established client database is very costly and is in effect an intangible asset of the company.",
  },
  {
    ru: 'Подобная персонифицированная модель взаимоотношения с клиентами внедряется современными компаниями на основе использования нового типа маркетинговой концепции one-to-one (дословно «один-на-один») маркетинга. Маркетинг one-to-one собирает информацию о конкретном клиенте, вместо информации по обезличенным группам потребителей, представляющим собой целевую аудиторию. Цель этого типа маркетинга не просто привлечь клиентов, а удерживать их. Для непосредственного воплощения в жизнь one-to-one программ, разработанных маркетологами, многие организации вводят в свою структуру должность менеджера по работе с клиентами.',
    en: 'Modern companies introduce this personalised model of client relationships on the basis of a new type of marketing concept, one-to-one marketing. One-to-one marketing gathers information about a specific client instead of information about anonymous groups of consumers that make up the target audience. The aim of this type of marketing is not just to attract clients but to keep them. To put the one-to-one programmes designed by marketers into practice, many organisations create the post of client relationship manager.',
  },
  {
    ru: 'Существует несколько способов организации работы с клиентами. Например, в торговых и производственных компаниях клиентская служба может представлять собой Call Center, который создается с целью поддержания постоянного контакта с потребителями, отслеживания качества работы, улучшения сервиса.',
    en: 'There are several ways of organising work with clients. For example, in trading and manufacturing companies the client service may be a call centre, set up to keep in constant contact with consumers, track the quality of work and improve the service.',
  },
  {
    ru: 'Не трудно представить, что при большом количестве клиентов, построение персонифицированные отношения с каждым из них составляет непростую задачу, поэтому в некоторых случаях отдельно выделяется должность менеджера по работе с ключевыми клиентами. Специфика его деятельности заключается в ведении основных, постоянных клиентов компании.',
    en: "It is easy to imagine that with a large number of clients, building a personalised relationship with each of them is no simple task, so in some cases a separate post of key account manager is created. This manager's particular job is looking after the company's main, regular clients.",
  },
  {
    ru: 'В целом, менеджмент клиентских отношений достаточно активно развивается во многих сферах бизнеса. Можно отметить, что в тех компаниях, которые располагают дилерской сетью, менеджеры по работе с клиентами опираются в своей работе на технологии Business-to-business маркетинга, т.е. контролируют взаимоотношения с дистрибьюторами.',
    en: 'On the whole, client relationship management is developing quite actively in many areas of business. Notably, in companies that have a dealer network, client relationship managers rely on business-to-business marketing techniques, that is, they manage the relationships with distributors.',
  },
  {
    ru: 'Особый интерес для работодателей при поиске специалиста по работе с клиентами представляет готовая клиентская база, личные профессиональные связи с заказчиками, попадающие в область целевой аудитории компании. Новая клиентская база может дать стимул для развития дел компании и быстрого старта, привлечения клиентов конкурентных компаний.',
    en: "What particularly interests employers looking for a client relationship specialist is a ready client base and personal professional connections with customers who belong to the company's target audience. A new client base can give the company's business an impetus and a quick start, and bring in the clients of competing companies.",
  },
];

export const PROFESSION_DUTIES: readonly DutyGroup[] = [
  {
    title: {
      ru: 'Поддержание постоянной связи с существующими клиентами и дистрибьюторами',
      en: 'Keeping in constant touch with existing clients and distributors',
    },
    items: [
      {
        ru: 'обеспечение надлежащего обслуживания действующих клиентов (ведение переговоров, заключение договоров, поддержание контакта после заключения сделки)',
        en: 'ensuring proper service for existing clients (negotiating, concluding contracts, keeping in touch after the deal is closed)',
      },
      {
        ru: 'формирование и ведение банка данных о клиентах (клиентской базы)',
        en: 'building and keeping a database of clients (the client base)',
      },
      {
        ru: 'интерактивный (не прямой) диалог с клиентом: телефон, факс, e-mail, чат, традиционная почта',
        en: 'interactive (indirect) dialogue with the client: telephone, fax, e-mail, chat, ordinary post',
      },
      {
        ru: "разработка особых схем работы с наиболее выгодными предприятию клиентами (особенные условия договоров, системы скидок, придание статуса 'VIP', ускоренные сроки исполнения обязательств со стороны предприятия и т.д.)",
        en: "working out special arrangements for the clients most profitable to the company (special contract terms, discount schemes, 'VIP' status, faster fulfilment of the company's obligations, etc.)",
      },
      {
        ru: 'обеспечение соблюдения интересов клиентов при выполнении условий договоров подразделениями предприятия',
        en: "making sure the clients' interests are respected when the company's departments carry out the contract terms",
      },
      {
        ru: 'мониторинг общего состояния дел клиентов, результатов деятельности дистрибьюторов, определение перспективных и убыточных контактов',
        en: "monitoring the clients' general state of affairs and the distributors' results, identifying promising and unprofitable contacts",
      },
      {
        ru: 'обратная связь с клиентами: изучение их требований к товарам (работам, услугам), установление причин неудовлетворённости клиента ими или совместной работой, анализ претензий клиентов и меры по их удовлетворению и пресечению впредь, а также меры по сохранению деловых связей',
        en: "feedback from clients: studying their requirements for the goods (work, services), finding out why a client is dissatisfied with them or with the joint work, analysing clients' complaints and taking steps to satisfy them and prevent them in future, and steps to keep the business relationship",
      },
    ],
  },
  {
    title: {
      ru: 'Расширение деловых связей и привлечение новых клиентов',
      en: 'Widening business connections and attracting new clients',
    },
    items: [
      {
        ru: 'анализ аудитории потенциальных клиентов, выявление потребностей клиентов, их категории и направленности',
        en: 'analysing the audience of potential clients, identifying their needs, category and orientation',
      },
      {
        ru: 'координация мероприятий по привлечению клиентов',
        en: 'coordinating activities to attract clients',
      },
      {
        ru: 'организация предварительных переговоров с клиентами, заинтересовавшимися предложениями (принявшими оферту и пр.), уточнение их потребностей и подготовка предложений для конкретных клиентов',
        en: 'arranging preliminary negotiations with clients interested in the offers (who have accepted an offer, etc.), clarifying their needs and preparing proposals for particular clients',
      },
      {
        ru: 'подготовка адресных баз для рассылок',
        en: 'preparing address lists for mailings',
      },
    ],
  },
  {
    title: {
      ru: 'Совершенствование работы компании',
      en: "Improving the company's work",
    },
    items: [
      {
        ru: 'изучение и анализ политики конкурентов во взаимоотношениях с клиентами',
        en: "studying and analysing competitors' policies towards their clients",
      },
      {
        ru: 'предложения руководству по совершенствованию работы предприятия с клиентами',
        en: "proposals to management on improving the company's work with clients",
      },
      {
        ru: 'составление отчётов, содержащих результаты своей деятельности и пожелания клиентов (обязательная функция)',
        en: "writing reports on the results of one's work and the clients' wishes (a mandatory duty)",
      },
    ],
  },
];

/** Headings of the three lists, as the seed prints them. */
export const COMPETENCY_GROUP_TITLES: Readonly<Record<CompetencyGroup, Localized>> = {
  knowledge: { ru: 'Должен знать', en: 'Must know' },
  skill: { ru: 'Должен уметь', en: 'Must be able to' },
  quality: { ru: 'Профессионально важные качества', en: 'Professionally important qualities' },
};

export const RELATED_PROFESSIONS: readonly Localized[] = [
  { ru: 'Администратор', en: 'Administrator' },
  { ru: 'Менеджер', en: 'Manager' },
  { ru: 'Коммерческий агент', en: 'Commercial agent' },
  { ru: 'Торговый агент', en: 'Sales agent' },
];

export const EDUCATION: Localized = {
  ru: 'Высшее образование, преимущественно гуманитарное или экономическое дополнительное образование (приветствуется инженерно-техническое, если компания, например, производит или продает техническую продукцию).',
  en: 'Higher education, mainly in the humanities or economics; additional education (an engineering or technical one is welcome if, for example, the company makes or sells technical products).',
};

/** Information only: the app never asks about or stores anyone's health. */
export const CONTRAINDICATIONS: { intro: Localized; items: readonly Localized[] } = {
  intro: {
    ru: 'Работа противопоказана людям с заболеваниями:',
    en: 'The work is contraindicated for people with:',
  },
  items: [
    { ru: 'сердечно-сосудистой системы', en: 'diseases of the cardiovascular system' },
    { ru: 'опорно-двигательного аппарата', en: 'diseases of the musculoskeletal system' },
    { ru: 'нервно-психическими заболевания', en: 'neuropsychiatric disorders' },
    { ru: 'выраженные дефекты слуха и зрения', en: 'marked hearing and vision impairments' },
    { ru: 'физическими недостатками', en: 'physical disabilities' },
  ],
};
