/** Indicators for «Должен знать». */
import type { CompetencyId } from '../competencies';
import type { BehaviourIndicator } from './types';

export const KNOWLEDGE_INDICATORS: Record<
  Extract<CompetencyId, `k.${string}`>,
  readonly BehaviourIndicator[]
> = {
  'k.law': [
    {
      id: 'rights',
      behaviour: {
        ru: 'Опирается на права клиента и обязанности компании, не искажая их',
        en: "Relies on the client's rights and the company's duties without distorting them",
      },
      strong: {
        ru: 'Называет, что закон позволяет потребовать (ремонт, замену, возврат денег), и обещает ответ «в срок, установленный законом», не выдумывая цифр',
        en: 'Names what the law lets the client claim (repair, replacement, a refund) and promises an answer "within the term set by law" without inventing figures',
      },
      weak: {
        ru: 'Отказывает в праве, которое у клиента есть («возврата у нас нет»), или обещает то, чего закон не требует и компания не сделает',
        en: 'Denies a right the client has ("we don\'t do returns") or promises what the law does not require and the company will not do',
      },
    },
    {
      id: 'personalData',
      behaviour: {
        ru: 'Обращается с персональными данными клиентов по закону',
        en: "Handles clients' personal data lawfully",
      },
      strong: {
        ru: 'Спрашивает отдельное согласие перед рассылкой и не сообщает данные одного клиента другому',
        en: 'Asks for separate consent before adding anyone to a mailing and never tells one client about another',
      },
      weak: {
        ru: 'Включает контакт в рассылку без согласия или диктует по телефону данные другого клиента',
        en: "Adds a contact to a mailing without consent, or reads out another client's details over the phone",
      },
    },
    {
      id: 'consumerOrBusiness',
      behaviour: {
        ru: 'Различает покупателя-потребителя и покупателя-организацию',
        en: 'Tells a private consumer from a business buyer',
      },
      strong: {
        ru: 'Уточняет, для чего куплен товар, и в споре с организацией опирается на договор поставки и претензионный порядок',
        en: 'Asks what the goods were bought for and, in a dispute with a company, relies on the supply contract and the formal claim procedure',
      },
      weak: {
        ru: 'Применяет правила защиты прав потребителей к спору двух организаций или наоборот',
        en: 'Applies consumer-protection rules to a dispute between two companies, or the other way round',
      },
    },
  ],
  'k.marketing': [
    {
      id: 'retention',
      behaviour: {
        ru: 'Думает об удержании клиента, а не только о разовой сделке',
        en: 'Thinks about keeping the client, not only about a one-off deal',
      },
      strong: {
        ru: 'Сопоставляет выгоду от долгих отношений с ценой уступки и предлагает то, что сохранит клиента',
        en: 'Weighs the value of a long relationship against the cost of a concession and offers what keeps the client',
      },
      weak: {
        ru: 'Добивается продажи любой ценой, даже если клиент после неё уйдёт',
        en: 'Pushes for the sale at any cost, even if the client leaves afterwards',
      },
    },
    {
      id: 'personalised',
      behaviour: {
        ru: 'Выстраивает предложение под конкретного клиента («один-на-один»)',
        en: 'Shapes the offer for this particular client ("one-to-one")',
      },
      strong: {
        ru: 'Учитывает особенности компании-клиента и собеседника и предлагает условия, которые отвечают именно его задачам',
        en: "Takes the client company's situation and the contact person into account and offers terms that fit their own needs",
      },
      weak: {
        ru: 'Читает один и тот же шаблон всем клиентам подряд',
        en: 'Reads the same script to every client',
      },
    },
    {
      id: 'planning',
      behaviour: {
        ru: 'Планирует работу с клиентом как менеджер',
        en: 'Plans the work with a client as a manager would',
      },
      strong: {
        ru: 'Ставит цель контакта, определяет следующий шаг, ответственного и срок',
        en: 'Sets a goal for the contact and fixes the next step, who does it and by when',
      },
      weak: {
        ru: 'Действует от звонка к звонку, без плана и без следующего шага',
        en: 'Goes from call to call with no plan and no next step',
      },
    },
  ],
  'k.administration': [
    {
      id: 'routing',
      behaviour: {
        ru: 'Знает, какое подразделение что решает, и ведёт вопрос клиента до конца',
        en: "Knows which department decides what, and sees the client's issue through",
      },
      strong: {
        ru: 'Сам согласует вопрос с нужным отделом и сообщает клиенту, кто и когда его решит',
        en: 'Agrees the matter with the right department and tells the client who will resolve it and when',
      },
      weak: {
        ru: '«Это не ко мне» — отправляет клиента искать ответ самому',
        en: '"That\'s not my department" — leaves the client to find the answer alone',
      },
    },
    {
      id: 'economics',
      behaviour: {
        ru: 'Понимает экономику решения для компании',
        en: 'Understands what a decision costs the company',
      },
      strong: {
        ru: 'Оценивает, во что обойдутся скидка или отсрочка платежа, прежде чем их предложить',
        en: 'Estimates what a discount or deferred payment will cost before offering it',
      },
      weak: {
        ru: 'Раздаёт скидки и отсрочки, не думая о марже и деньгах компании',
        en: "Hands out discounts and deferrals without thinking about the margin or the company's cash",
      },
    },
  ],
  'k.psychology': [
    {
      id: 'activeListening',
      behaviour: {
        ru: 'Слушает активно',
        en: 'Listens actively',
      },
      strong: {
        ru: 'Даёт договорить, задаёт уточняющие вопросы, пересказывает («Правильно ли я понял…») и называет чувства клиента',
        en: 'Lets the client finish, asks clarifying questions, paraphrases ("Do I understand correctly that…") and names the client\'s feelings',
      },
      weak: {
        ru: 'Перебивает или отвечает дежурным «Я вас понимаю, но…»',
        en: 'Interrupts, or answers with a stock "I understand you, but…"',
      },
    },
    {
      id: 'deescalation',
      behaviour: {
        ru: 'Снижает напряжение в конфликте',
        en: 'Lowers the tension in a conflict',
      },
      strong: {
        ru: 'Говорит спокойнее клиента, признаёт его недовольство и предлагает один-два реальных варианта со сроками',
        en: 'Speaks more calmly than the client, acknowledges the displeasure and offers one or two realistic options with a timeline',
      },
      weak: {
        ru: 'Спорит, ищет виноватого в клиенте или повышает голос в ответ',
        en: 'Argues, blames the client or raises their own voice in return',
      },
    },
    {
      id: 'interests',
      behaviour: {
        ru: 'Отделяет человека от проблемы и ищет интересы за требованиями',
        en: 'Separates the person from the problem and looks for the interests behind the demands',
      },
      strong: {
        ru: 'Спрашивает, что для клиента важно на самом деле, и ищет решение, которое устроит обе стороны',
        en: 'Asks what really matters to the client and looks for a solution both sides can accept',
      },
      weak: {
        ru: 'Торгуется позициями («нет — да») и переходит на личность собеседника',
        en: 'Haggles over positions ("no — yes") and makes it personal',
      },
    },
  ],
  'k.etiquette': [
    {
      id: 'opening',
      behaviour: {
        ru: 'Начинает разговор и обращается к клиенту по правилам делового этикета',
        en: 'Opens the conversation and addresses the client by the rules of business etiquette',
      },
      strong: {
        ru: 'Здоровается, называет компанию и себя, обращается по имени и отчеству и на «Вы»',
        en: 'Greets the client, names the company and themself, and uses the formal form of address with name and patronymic',
      },
      weak: {
        ru: 'Отвечает «Алло», «Да», «Слушаю», обращается фамильярно',
        en: 'Answers with "Hello?", "Yes?" or "Speaking", or addresses the client familiarly',
      },
    },
    {
      id: 'correspondence',
      behaviour: {
        ru: 'Соблюдает правила деловой переписки',
        en: 'Follows the rules of business correspondence',
      },
      strong: {
        ru: 'Заполняет тему письма, пишет «Уважаемый …!» и «С уважением,», подтверждает получение, если ответ займёт время',
        en: 'Fills in the subject line, opens with "Dear …" and closes with "Kind regards", and acknowledges receipt when the answer will take time',
      },
      weak: {
        ru: 'Пишет без темы и приветствия, на жаргоне, или оставляет письмо без ответа',
        en: 'Writes with no subject or greeting, in slang, or leaves the e-mail unanswered',
      },
    },
    {
      id: 'meeting',
      behaviour: {
        ru: 'Соблюдает порядок переговоров',
        en: 'Keeps to the protocol of a negotiation',
      },
      strong: {
        ru: 'Подтверждает время и состав участников, держится повестки, даёт слово старшему по должности',
        en: 'Confirms the time and who will attend, keeps to the agenda and lets the most senior person speak first',
      },
      weak: {
        ru: 'Опаздывает, перебивает, отвлекается на посторонние звонки',
        en: 'Is late, interrupts, takes unrelated calls',
      },
    },
  ],
  'k.contracts': [
    {
      id: 'terms',
      behaviour: {
        ru: 'Проверяет существенные условия договора',
        en: 'Checks the essential terms of a contract',
      },
      strong: {
        ru: 'Сверяет предмет, цену, сроки поставки и оплаты, ответственность сторон и замечает пункт, который расходится с договорённостью',
        en: 'Checks the subject, price, delivery and payment terms and liability, and spots a clause that differs from what was agreed',
      },
      weak: {
        ru: 'Отправляет договор на подпись не читая и пропускает ошибочный пункт',
        en: 'Sends the contract for signature without reading it and misses the wrong clause',
      },
    },
    {
      id: 'inWriting',
      behaviour: {
        ru: 'Закрепляет договорённости письменно',
        en: 'Puts agreements in writing',
      },
      strong: {
        ru: 'Фиксирует согласованные условия в письме, протоколе или дополнительном соглашении',
        en: 'Records the agreed terms in an e-mail, minutes or an addendum to the contract',
      },
      weak: {
        ru: 'Полагается на устные обещания, которые потом никто не может подтвердить',
        en: 'Relies on spoken promises that nobody can later confirm',
      },
    },
    {
      id: 'businessCase',
      behaviour: {
        ru: 'Обосновывает коммерческое предложение расчётом',
        en: 'Backs a commercial proposal with figures',
      },
      strong: {
        ru: 'Показывает объём, цену, выгоду клиента и компании в цифрах',
        en: 'Shows the volume, the price and the gain for the client and the company in numbers',
      },
      weak: {
        ru: 'Предлагает условия «на глаз», без расчёта',
        en: 'Offers terms by guesswork, with no calculation',
      },
    },
  ],
  'k.infoMethods': [
    {
      id: 'method',
      behaviour: {
        ru: 'Выбирает подходящий способ обработки данных',
        en: 'Chooses a suitable way to process the data',
      },
      strong: {
        ru: 'Сортирует, фильтрует и группирует клиентов (например, по выручке), чтобы найти ключевых и убыточных',
        en: 'Sorts, filters and groups clients (for example by revenue) to find the key and the unprofitable ones',
      },
      weak: {
        ru: 'Просматривает записи подряд и делает вывод по одному случаю',
        en: 'Reads the records one by one and draws a conclusion from a single case',
      },
    },
    {
      id: 'dataQuality',
      behaviour: {
        ru: 'Проверяет качество данных',
        en: 'Checks the quality of the data',
      },
      strong: {
        ru: 'Замечает дубли, устаревшие контакты и пропуски и исправляет их до работы с базой',
        en: 'Notices duplicates, outdated contacts and gaps, and fixes them before using the base',
      },
      weak: {
        ru: 'Использует данные как есть и звонит по неверному номеру или не тому человеку',
        en: 'Uses the data as it is and calls a wrong number or the wrong person',
      },
    },
  ],
  'k.industry': [
    {
      id: 'product',
      behaviour: {
        ru: 'Знает продукт и его применение у клиента',
        en: 'Knows the product and how the client uses it',
      },
      strong: {
        ru: 'Объясняет, как продукт решает задачу клиента, а чего не знает — честно обещает уточнить к сроку',
        en: "Explains how the product solves the client's problem and, for what they don't know, honestly promises to find out by a set time",
      },
      weak: {
        ru: 'Путает характеристики или обещает то, чего продукт не умеет',
        en: 'Mixes up the specifications or promises what the product cannot do',
      },
    },
    {
      id: 'market',
      behaviour: {
        ru: 'Ориентируется в рынке и предложениях конкурентов',
        en: "Knows the market and the competitors' offers",
      },
      strong: {
        ru: 'Сравнивает с конкурентами по существу, без выпадов в их адрес',
        en: 'Compares with competitors on substance, without running them down',
      },
      weak: {
        ru: 'Не знает конкурентов или ругает их вместо аргументов',
        en: 'Does not know the competitors, or disparages them instead of giving arguments',
      },
    },
  ],
};
