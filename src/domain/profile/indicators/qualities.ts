/** Indicators for «Профессионально важные качества». */
import type { CompetencyId } from '../competencies';
import type { BehaviourIndicator } from './types';

export const QUALITY_INDICATORS: Record<
  Extract<CompetencyId, `q.${string}`>,
  readonly BehaviourIndicator[]
> = {
  'q.analytical': [
    {
      id: 'rootCause',
      behaviour: {
        ru: 'Ищет причину, а не только устраняет последствия',
        en: 'Looks for the cause, not only the symptoms',
      },
      strong: {
        ru: 'Сопоставляет факты, выясняет, что изменилось, и находит причину жалобы',
        en: 'Compares the facts, finds out what changed and identifies the cause of the complaint',
      },
      weak: {
        ru: 'Гасит одну жалобу за другой, не видя общей причины',
        en: 'Settles one complaint after another without seeing the common cause',
      },
    },
    {
      id: 'options',
      behaviour: {
        ru: 'Сравнивает варианты по последствиям',
        en: 'Compares options by their consequences',
      },
      strong: {
        ru: 'Взвешивает два-три решения по выгоде, затратам и рискам и объясняет выбор',
        en: 'Weighs two or three solutions by benefit, cost and risk and explains the choice',
      },
      weak: {
        ru: 'Хватается за первое пришедшее в голову решение',
        en: 'Grabs the first solution that comes to mind',
      },
    },
  ],
  'q.memory': [
    {
      id: 'recall',
      behaviour: {
        ru: 'Помнит, что клиент говорил раньше',
        en: 'Remembers what the client said earlier',
      },
      strong: {
        ru: 'Помнит имя собеседника, прежние договорённости и детали, которые клиент упоминал',
        en: "Remembers the contact's name, earlier agreements and details the client mentioned",
      },
      weak: {
        ru: 'Переспрашивает уже сказанное или путает детали',
        en: 'Asks again for what was already said, or mixes up the details',
      },
    },
    {
      id: 'allPoints',
      behaviour: {
        ru: 'Удерживает в голове несколько вопросов клиента',
        en: "Keeps several of the client's questions in mind",
      },
      strong: {
        ru: 'Отвечает на все пункты, которые клиент поднял, по порядку',
        en: 'Answers every point the client raised, in order',
      },
      weak: {
        ru: 'Теряет один из вопросов, и клиенту приходится напоминать',
        en: 'Loses one of the questions, and the client has to remind them',
      },
    },
  ],
  'q.attention': [
    {
      id: 'details',
      behaviour: {
        ru: 'Замечает детали в документах',
        en: 'Notices details in documents',
      },
      strong: {
        ru: 'Находит неверную цифру, дату или пункт в договоре и счёте',
        en: 'Spots a wrong figure, date or clause in a contract or invoice',
      },
      weak: {
        ru: 'Пропускает ошибку, которая потом оборачивается претензией',
        en: 'Misses an error that later turns into a claim',
      },
    },
    {
      id: 'switching',
      behaviour: {
        ru: 'Переключается между задачами, не теряя нити',
        en: 'Switches between tasks without losing the thread',
      },
      strong: {
        ru: 'Когда прерывают, отмечает, на чём остановился, и возвращается к первому клиенту',
        en: 'When interrupted, notes where they stopped and returns to the first client',
      },
      weak: {
        ru: 'Забывает о клиенте, которого попросил подождать',
        en: 'Forgets the client they asked to wait',
      },
    },
    {
      id: 'cues',
      behaviour: {
        ru: 'Замечает сигналы собеседника',
        en: "Notices the other person's cues",
      },
      strong: {
        ru: 'Реагирует на смену тона, паузу или сомнение клиента',
        en: "Responds to a change of tone, a pause or the client's hesitation",
      },
      weak: {
        ru: 'Продолжает по сценарию, не замечая, что клиент раздражён или сомневается',
        en: 'Carries on with the script without noticing that the client is irritated or hesitant',
      },
    },
  ],
  'q.sociability': [
    {
      id: 'rapport',
      behaviour: {
        ru: 'Легко устанавливает контакт',
        en: 'Builds rapport easily',
      },
      strong: {
        ru: 'Начинает разговор доброжелательно и естественно, проявляет искренний интерес к клиенту',
        en: 'Opens the conversation in a friendly, natural way and shows genuine interest in the client',
      },
      weak: {
        ru: 'Сух и формален или, наоборот, навязчив',
        en: 'Is dry and formal or, the other way, pushy',
      },
    },
    {
      id: 'engagement',
      behaviour: {
        ru: 'Поддерживает живой разговор',
        en: 'Keeps the conversation alive',
      },
      strong: {
        ru: 'Задаёт открытые вопросы, говорит тепло, клиенту хочется продолжать',
        en: 'Asks open questions and speaks warmly, so the client wants to go on',
      },
      weak: {
        ru: 'Отвечает односложно, разговор обрывается',
        en: 'Gives one-word answers and the conversation dies',
      },
    },
  ],
  'q.composure': [
    {
      id: 'evenTemper',
      behaviour: {
        ru: 'Сохраняет ровный тон',
        en: 'Keeps an even tone',
      },
      strong: {
        ru: 'Отвечает спокойно и по делу, даже когда клиент резок',
        en: 'Answers calmly and to the point even when the client is sharp',
      },
      weak: {
        ru: 'Раздражается и показывает это в словах или тоне',
        en: 'Gets irritated and lets it show in words or tone',
      },
    },
    {
      id: 'positive',
      behaviour: {
        ru: 'Смотрит на ситуацию конструктивно',
        en: 'Takes a constructive view of the situation',
      },
      strong: {
        ru: 'Говорит о том, что можно сделать, а не о том, что нельзя',
        en: 'Talks about what can be done rather than what cannot',
      },
      weak: {
        ru: 'Жалуется клиенту на обстоятельства: «тут уже ничего не поделаешь»',
        en: 'Complains to the client about circumstances: "nothing can be done now"',
      },
    },
  ],
  'q.stress': [
    {
      id: 'timePressure',
      behaviour: {
        ru: 'Работает в условиях нехватки времени',
        en: 'Works under time pressure',
      },
      strong: {
        ru: 'Укладывается в срок, выделив главное',
        en: 'Meets the deadline by picking out what matters most',
      },
      weak: {
        ru: 'Теряется, медлит или отвечает наугад',
        en: 'Freezes, stalls or answers at random',
      },
    },
    {
      id: 'pressure',
      behaviour: {
        ru: 'Не теряет качества работы под напором клиента',
        en: 'Keeps the quality of work when the client pushes hard',
      },
      strong: {
        ru: 'Спокойно обозначает границы и продолжает решать вопрос',
        en: 'Calmly sets boundaries and carries on solving the problem',
      },
      weak: {
        ru: 'Уступает необоснованным требованиям или обрывает разговор',
        en: 'Gives in to unreasonable demands or breaks off the conversation',
      },
    },
  ],
  'q.responsibility': [
    {
      id: 'promises',
      behaviour: {
        ru: 'Выполняет обещания и сроки',
        en: 'Keeps promises and deadlines',
      },
      strong: {
        ru: 'Называет реальный срок и сообщает клиенту о результате вовремя, даже если новостей нет',
        en: 'Gives a realistic deadline and reports back to the client on time, even when there is no news',
      },
      weak: {
        ru: 'Обещает невозможное или забывает перезвонить',
        en: 'Promises the impossible or forgets to call back',
      },
    },
    {
      id: 'ownership',
      behaviour: {
        ru: 'Признаёт ошибки компании и свои',
        en: "Owns the company's mistakes and their own",
      },
      strong: {
        ru: 'Признаёт ошибку, извиняется и берётся её исправить',
        en: 'Admits the mistake, apologises and takes on putting it right',
      },
      weak: {
        ru: 'Перекладывает вину на коллег, склад или самого клиента',
        en: 'Shifts the blame to colleagues, the warehouse or the client',
      },
    },
  ],
  'q.purpose': [
    {
      id: 'result',
      behaviour: {
        ru: 'Ведёт разговор к цели',
        en: 'Steers the conversation towards its goal',
      },
      strong: {
        ru: 'Доводит контакт до конкретного результата: встречи, заказа, решения',
        en: 'Brings the contact to a concrete result: a meeting, an order, a decision',
      },
      weak: {
        ru: 'Уходит в сторону или сдаётся после первого отказа',
        en: 'Drifts off topic or gives up after the first refusal',
      },
    },
    {
      id: 'persistence',
      behaviour: {
        ru: 'Настойчив без навязчивости',
        en: 'Persistent without being pushy',
      },
      strong: {
        ru: 'Возвращается к клиенту позже с новым доводом или предложением',
        en: 'Comes back to the client later with a new argument or offer',
      },
      weak: {
        ru: 'Либо пропадает, либо давит на клиента',
        en: 'Either disappears or puts pressure on the client',
      },
    },
  ],
  'q.politeness': [
    {
      id: 'courtesy',
      behaviour: {
        ru: 'Вежлив в словах и тоне',
        en: 'Is courteous in words and tone',
      },
      strong: {
        ru: 'Здоровается, благодарит, извиняется, где уместно, обращается уважительно',
        en: 'Greets, thanks, apologises where due and addresses the client respectfully',
      },
      weak: {
        ru: 'Груб, язвителен или пренебрежителен',
        en: 'Is rude, sarcastic or dismissive',
      },
    },
    {
      id: 'rudeClient',
      behaviour: {
        ru: 'Остаётся вежливым с грубым клиентом',
        en: 'Stays polite with a rude client',
      },
      strong: {
        ru: 'Сохраняет корректный тон и не отвечает грубостью на грубость',
        en: 'Keeps a correct tone and does not answer rudeness with rudeness',
      },
      weak: {
        ru: 'Отвечает в том же тоне',
        en: 'Answers in the same tone',
      },
    },
  ],
  'q.learning': [
    {
      id: 'feedback',
      behaviour: {
        ru: 'Учится на обратной связи',
        en: 'Learns from feedback',
      },
      strong: {
        ru: 'В следующем разговоре применяет то, что узнал из прошлого',
        en: 'Applies what they learned last time in the next conversation',
      },
      weak: {
        ru: 'Повторяет одну и ту же ошибку',
        en: 'Repeats the same mistake',
      },
    },
    {
      id: 'creative',
      behaviour: {
        ru: 'Ищет нестандартное решение в рамках правил',
        en: 'Looks for an unusual solution within the rules',
      },
      strong: {
        ru: 'Предлагает вариант, о котором клиент не подумал, но который компания может выполнить',
        en: 'Suggests an option the client had not thought of but the company can deliver',
      },
      weak: {
        ru: 'Говорит «не положено» и не предлагает альтернатив',
        en: 'Says "that\'s not allowed" and offers no alternative',
      },
    },
    {
      id: 'pace',
      behaviour: {
        ru: 'Держит темп работы',
        en: 'Keeps up the pace of work',
      },
      strong: {
        ru: 'Обрабатывает серию обращений, не снижая качества ответов',
        en: 'Handles a series of requests without the quality of the answers dropping',
      },
      weak: {
        ru: 'К концу серии отвечает небрежно и с ошибками',
        en: 'By the end of the series answers carelessly and with mistakes',
      },
    },
  ],
  'q.disputes': [
    {
      id: 'decide',
      behaviour: {
        ru: 'Принимает решение в спорной ситуации',
        en: 'Makes a decision in a disputed situation',
      },
      strong: {
        ru: 'Взвешивает интересы клиента и компании, решает в пределах своих полномочий и объясняет решение',
        en: "Weighs the client's and the company's interests, decides within their authority and explains the decision",
      },
      weak: {
        ru: 'Откладывает решение или без нужды перекладывает его на других',
        en: 'Puts the decision off or passes it to others without need',
      },
    },
    {
      id: 'team',
      behaviour: {
        ru: 'Работает в команде с коллегами',
        en: 'Works as a team with colleagues',
      },
      strong: {
        ru: 'Подключает нужного коллегу, передаёт ему всё, что знает о клиенте, не ищет виноватых',
        en: 'Brings in the right colleague, hands over everything known about the client and does not look for someone to blame',
      },
      weak: {
        ru: 'Винит другие отделы при клиенте',
        en: 'Blames other departments in front of the client',
      },
    },
  ],
};
